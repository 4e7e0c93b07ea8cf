namespace HostingApi.Dialects.Gandi.V3;

/// <summary>
/// The ranges numeric arguments are checked against (<see cref="Rpc.Binding.RpcRangeAttribute"/>), v3 and
/// legacy alike. Gandi documents lower bounds only by example, so these are sanity bounds: they refuse
/// what no account could hold (a negative count would make the used figures go negative and bypass a
/// quota); the account's quota refuses the rest. Listed in docs/api-notes.md.
/// </summary>
public static class Bounds
{
    public const int MaxCores = 1024;

    /// <summary>MB: 1 TB; the VM rules (a multiple of 64, at most vm_max_memory) then apply.</summary>
    public const int MaxMemory = 1_048_576;

    /// <summary>kbit/s: 100 Gbit/s (Gandi's default is 102400, 100 Mbit/s).</summary>
    public const double MaxBandwidth = 104_857_600;

    /// <summary>MB: 16 TB; the size rule (a multiple of 1024, fault 530431) then applies.</summary>
    public const int MaxDiskSize = 16_777_216;

    /// <summary>Shares of the legacy model (no effect in v3 VM specs).</summary>
    public const int MaxShares = 1024;

    /// <summary>Disk positions on a VM (0 is the system disk).</summary>
    public const int MaxPosition = 31;

    /// <summary>A legacy product's quantity.</summary>
    public const int MaxQuantity = 1024;
}
