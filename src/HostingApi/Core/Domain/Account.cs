namespace HostingApi.Core.Domain;

/// <summary>
/// A Gandi customer: its API key, its billing model and its hosting quota. Every other object
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

    /// <summary>Replaces the granted quota (configuration, or legacy products when they take effect).</summary>
    public void Grant(ResourceQuota quota) => Granted = quota;
}
