using System.Security.Cryptography;
using System.Text;

namespace HostingApi.Core.Domain;

/// <summary>
/// A customer of one provider (<see cref="Provider"/>): its API key, its billing model and its hosting quota. Every other object
/// belongs to exactly one account, and an account never sees another's.
/// </summary>
public sealed class Account
{
    private Account()
    {
    }

    public Account(string handle, string fullName, string apiKey, bool ratingEnabled, ResourceQuota granted, DateTime now)
    {
        Handle = handle;
        FullName = fullName;
        ApiKey = apiKey;
        RatingEnabled = ratingEnabled;
        Granted = granted;
        DateCreated = now;
    }

    public const int ApiKeyLength = 24;

    public int Id { get; private set; }

    /// <summary>The contact handle, e.g. <c>AB3917-GANDI</c>.</summary>
    public string Handle { get; private set; } = "";

    public string FullName { get; private set; } = "";

    /// <summary>24 ASCII letters or digits; unique.</summary>
    public string ApiKey { get; private set; } = "";

    /// <summary>True: the credit ("rating") model; false: the legacy shares model with visible quotas.</summary>
    public bool RatingEnabled { get; private set; }

    /// <summary>Hosting credits left (credit model).</summary>
    public long Credits { get; private set; }

    /// <summary>The prepaid balance <c>contact.balance</c> shows, in <see cref="Currency"/>.</summary>
    public decimal PrepaidAmount { get; private set; }

    public string Currency { get; private set; } = "EUR";

    public int CycleDay { get; private set; } = 1;

    /// <summary>What the account may use. Checked on every creation that consumes it.</summary>
    public ResourceQuota Granted { get; private set; } = ResourceQuota.None;

    public DateTime DateCreated { get; private set; }

    /// <summary>Whose API the account belongs to (<see cref="Providers"/>): its objects are seen through that API only.</summary>
    public string Provider { get; private set; } = Providers.Gandi;

    public void SetProvider(string provider) =>
        Provider = Providers.IsKnown(provider) ? provider : throw new ArgumentException($"unknown provider '{provider}'", nameof(provider));

    /// <summary>24 ASCII letters or digits (Gandi's clients accept mixed case, so does this server).</summary>
    public static bool IsWellFormedApiKey(string key) =>
        key.Length == ApiKeyLength && key.All(c => char.IsAsciiLetterOrDigit(c));

    /// <summary>Sets the balance fields an operator configured (seeding only).</summary>
    public void SetBalances(long credits, decimal prepaidAmount, string currency, int cycleDay)
    {
        Credits = credits;
        PrepaidAmount = prepaidAmount;
        Currency = currency;
        CycleDay = cycleDay;
    }

    /// <summary>The legacy v1 API's login (none: the account cannot log in there).</summary>
    public string? Login { get; private set; }

    /// <summary>SHA-256 of the legacy password, hex: the password itself is never stored.</summary>
    public string? PasswordHash { get; private set; }

    /// <summary>Sets (or, with null, removes) the legacy login.</summary>
    public void SetLegacyLogin(string? login, string? password)
    {
        Login = login;
        PasswordHash = login is null || password is null ? null : HashPassword(password);
    }

    /// <summary>Whether <paramref name="password"/> is this account's legacy password (compared in fixed time).</summary>
    public bool HasPassword(string password) =>
        PasswordHash is { } hash && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(HashPassword(password)));

    private static string HashPassword(string password) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(password)));

    /// <summary>Replaces the granted quota (configuration, or legacy products when they take effect).</summary>
    public void Grant(ResourceQuota quota) => Granted = quota;
}
