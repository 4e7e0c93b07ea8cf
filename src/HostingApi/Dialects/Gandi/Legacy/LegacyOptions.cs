namespace HostingApi.Dialects.Gandi.Legacy;

/// <summary>Legacy settings; configuration section <c>Legacy</c>.</summary>
public sealed class LegacyOptions
{
    public const string Section = "Legacy";

    /// <summary>Where <c>disk_create</c> puts disks (the v1 API had no datacenter parameter).</summary>
    public int DatacenterId { get; set; } = 3;
}
