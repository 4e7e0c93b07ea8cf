namespace HostingApi.Core.Domain;

/// <summary>An SSH public key of an account, with its MD5 fingerprint (<c>a6:1f:b8:…</c>).</summary>
public sealed class SshKey
{
    private SshKey()
    {
    }

    public SshKey(int accountId, string name, string value, string fingerprint, DateTime now)
    {
        AccountId = accountId;
        Name = name;
        Value = value;
        Fingerprint = fingerprint;
        DateCreated = now;
    }

    public int Id { get; private set; }

    public int AccountId { get; private set; }

    public string Name { get; private set; } = "";

    public string Value { get; private set; } = "";

    public string Fingerprint { get; private set; } = "";

    public DateTime DateCreated { get; private set; }

    /// <summary>Names a key created without a name.</summary>
    public void Rename(string name) => Name = name;
}
