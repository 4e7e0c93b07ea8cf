namespace HostingApi.Core.Domain;

/// <summary>One kernel a datacenter offers (catalog), under a flavor such as <c>linux</c> or <c>linux-hvm</c>.</summary>
public sealed class Kernel
{
    private Kernel()
    {
    }

    public Kernel(int datacenterId, string flavor, string version, int position)
    {
        DatacenterId = datacenterId;
        Flavor = flavor;
        Version = version;
        Position = position;
    }

    public int Id { get; private set; }

    public int DatacenterId { get; private set; }

    public string Flavor { get; private set; } = "";

    public string Version { get; private set; } = "";

    /// <summary>The order Gandi lists them in.</summary>
    public int Position { get; private set; }
}
