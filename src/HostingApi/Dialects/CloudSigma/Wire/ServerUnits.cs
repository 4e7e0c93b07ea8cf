namespace HostingApi.Dialects.CloudSigma.Wire;

/// <summary>
/// CloudSigma's server units and the core's: <c>cpu</c> in MHz (libcloud: one core is 2000 MHz), <c>mem</c> in
/// bytes against whole cores and MB in multiples of 64 (the core's memory unit; a size between is rounded up).
/// </summary>
public static class ServerUnits
{
    public const long MhzPerCore = 2000;
    public const long Mebibyte = 1024 * 1024;
    private const long MemoryUnit = 64 * Mebibyte;

    /// <summary>The cores a server has: <c>smp</c> when given, else as many 2000 MHz cores as its <c>cpu</c> needs.</summary>
    public static int Cores(long cpu, int? smp) => smp ?? (int)Math.Max(1, (cpu + MhzPerCore - 1) / MhzPerCore);

    /// <summary>The core's MB for <c>mem</c> bytes: rounded up to the next 64 MB.</summary>
    public static int MemoryMb(long mem) => checked((int)((mem + MemoryUnit - 1) / MemoryUnit * 64));
}
