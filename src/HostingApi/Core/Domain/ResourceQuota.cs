namespace HostingApi.Core.Domain;

/// <summary>
/// Hosting resources, as Gandi counts them: servers (VMs), IPv4 addresses, cores, memory and
/// disk in bytes, bandwidth in kbit/s. Used both for what is granted and for what is used.
/// </summary>
public sealed record ResourceQuota(int Servers, int Ips, double Cores, int Memory, long DiskBytes, double Bandwidth)
{
    public static ResourceQuota None { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>What one share buys in Gandi's legacy model (the 2011 capture's <c>share_definition</c>).</summary>
    public static ResourceQuota Share { get; } = new(1, 0, 0.25, 256, 8192 * Disk.Mebibyte, 5120);

    public ResourceQuota Minus(ResourceQuota other) =>
        new(Servers - other.Servers, Ips - other.Ips, Cores - other.Cores, Memory - other.Memory, DiskBytes - other.DiskBytes, Bandwidth - other.Bandwidth);

    public ResourceQuota Plus(ResourceQuota other) =>
        new(Servers + other.Servers, Ips + other.Ips, Cores + other.Cores, Memory + other.Memory, DiskBytes + other.DiskBytes, Bandwidth + other.Bandwidth);

    public ResourceQuota Times(int factor) =>
        new(Servers * factor, Ips * factor, Cores * factor, Memory * factor, DiskBytes * factor, Bandwidth * factor);
}
