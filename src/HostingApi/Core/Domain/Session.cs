namespace HostingApi.Core.Domain;

/// <summary>
/// A legacy login session (<c>login(login, password)</c>), valid 12 hours. Its id starts with
/// letters so that no client (Perl auto-types scalars) mistakes it for a number or a date.
/// </summary>
public sealed class Session
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private Session()
    {
    }

    public Session(string id, int accountId, DateTime now)
    {
        Id = id;
        AccountId = accountId;
        DateCreated = now;
        ExpiresAt = now + Lifetime;
    }

    public string Id { get; private set; } = "";

    public int AccountId { get; private set; }

    public DateTime DateCreated { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public bool IsValidAt(DateTime now) => now < ExpiresAt;
}
