namespace HostingApi.Dialects.CloudSigma;

/// <summary>Settings of the CloudSigma door (section <c>CloudSigma</c>).</summary>
public sealed class CloudSigmaOptions
{
    public const string Section = "CloudSigma";

    /// <summary>
    /// The core datacenter CloudSigma's drives live in and whose images are its library: CloudSigma
    /// has one endpoint per location and no location field, so the emulated endpoint is one location.
    /// </summary>
    public int DatacenterId { get; set; } = 3;
}
