namespace HostingApi.Domain;

/// <summary>
/// Hosting resources, as Gandi counts them: servers (VMs), IPv4 addresses, cores, memory and
/// disk in MB, bandwidth in kbit/s. Used both for what is granted and for what is used.
/// </summary>
public sealed record ResourceQuota(int Servers, int Ips, double Cores, int Memory, long Disk, double Bandwidth)
{
    public static ResourceQuota None { get; } = new(0, 0, 0, 0, 0, 0);

    public ResourceQuota Minus(ResourceQuota other) =>
        new(Servers - other.Servers, Ips - other.Ips, Cores - other.Cores, Memory - other.Memory, Disk - other.Disk, Bandwidth - other.Bandwidth);
}
