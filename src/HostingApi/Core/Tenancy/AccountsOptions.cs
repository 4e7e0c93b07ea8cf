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

    /// <summary>Whose API the account belongs to: <c>gandi</c> (default) or <c>gigas</c>.</summary>
    public string Provider { get; set; } = "gandi";

    /// <summary>VMs the account holds from the start (made again by a reset), so its API can be tried at once.</summary>
    public List<SeedVmOptions> Vms { get; set; } = [];
}

/// <summary>A VM a configured account starts with: running, its disks created and attached.</summary>
public sealed class SeedVmOptions
{
    public string Hostname { get; set; } = "";

    public int DatacenterId { get; set; } = 3;

    public int Cores { get; set; } = 1;

    /// <summary>MB, a multiple of 64.</summary>
    public int Memory { get; set; } = 1024;

    /// <summary>The system disk, copied from the datacenter's first public image: GiB.</summary>
    public int SystemDiskGb { get; set; } = 10;

    /// <summary>Data disks attached after it.</summary>
    public List<SeedDiskOptions> DataDisks { get; set; } = [];
}

public sealed class SeedDiskOptions
{
    public int SizeGb { get; set; } = 10;

    public string? MountPoint { get; set; }

    public bool AddToFstab { get; set; }
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
