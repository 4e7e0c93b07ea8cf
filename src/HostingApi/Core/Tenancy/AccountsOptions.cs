namespace HostingApi.Core.Tenancy;

/// <summary>
/// One account from configuration (section <c>Accounts</c>, a list). The first is the default
/// account; its key works out of the box and is printed at startup.
/// </summary>
public sealed class AccountOptions
{
    public string Handle { get; set; } = "";

    public string FullName { get; set; } = "";

    /// <summary>24 ASCII letters or digits.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>The legacy v1 API's <c>login(login, password)</c> credentials (none: that account cannot log in there).</summary>
    public string? Login { get; set; }

    public string? Password { get; set; }

    /// <summary><c>rating</c> (credits, Gandi's model since 2012) or <c>shares</c> (the legacy quota model).</summary>
    public string Model { get; set; } = "rating";

    public long Credits { get; set; }

    public decimal Prepaid { get; set; }

    public string Currency { get; set; } = "EUR";

    public int CycleDay { get; set; } = 1;

    /// <summary>The granted resources (in the rating model, the per-account caps that still apply).</summary>
    public QuotaOptions Quota { get; set; } = new();
}

public sealed class QuotaOptions
{
    public int Servers { get; set; } = 20;

    public int Ips { get; set; } = 40;

    public double Cores { get; set; } = 64;

    /// <summary>MB.</summary>
    public int Memory { get; set; } = 131072;

    /// <summary>MB.</summary>
    public long Disk { get; set; } = 2 * 1024 * 1024;

    /// <summary>kbit/s.</summary>
    public double Bandwidth { get; set; } = 10 * 1024 * 1024;
}
