using System.Security.Cryptography;

namespace HostingApi.Core.Coordination;

/// <summary>
/// Where the names nobody chooses come from: API keys and handles of accounts made at run time,
/// legacy session ids, and whether object ids and uuids are left to the store. Random by default;
/// the control plane's deterministic mode fills it with names derived from counters, so the same calls
/// from the same start state give the same answers.
/// </summary>
public interface IIdentities
{
    /// <summary>True when object ids and uuids are assigned from per-account ranges (deterministic mode).</summary>
    bool AssignsObjectIds { get; }

    string NewApiKey();

    /// <summary>Five upper-case letters or digits for a generated handle.</summary>
    string NewHandleCode();

    string NewSessionId(int accountId);

    /// <summary>The uuid of the <paramref name="sequence"/>th object of a kind in an account.</summary>
    string NewEntityId(string kind, int accountId, long sequence);
}

/// <summary>Random names, ids from the store: the default.</summary>
public sealed class RandomIdentities : IIdentities
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public bool AssignsObjectIds => false;

    public string NewApiKey() => RandomNumberGenerator.GetString(Alphabet, 24);

    public string NewHandleCode() => RandomNumberGenerator.GetString(Alphabet, 5).ToUpperInvariant();

    public string NewSessionId(int accountId) => "sess-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public string NewEntityId(string kind, int accountId, long sequence) => Guid.NewGuid().ToString();
}
