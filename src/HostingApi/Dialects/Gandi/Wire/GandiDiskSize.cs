using HostingApi.Core.Domain;
using HostingApi.Dialects.Gandi.Faults;

namespace HostingApi.Dialects.Gandi.Wire;

/// <summary>
/// Gandi's disk sizes: MB on the wire, and a positive multiple of 1024 MB (whole GiB) when a client
/// asks for one (fault 530431). The core counts bytes; this is the one place that converts.
/// </summary>
public static class GandiDiskSize
{
    /// <summary>Gandi sizes disks in whole GiB.</summary>
    public const int Unit = 1024;

    /// <summary>A size a client asked for, checked by Gandi's rule, in bytes.</summary>
    public static long? ToBytesOrNull(int? megabytes) => megabytes is { } value ? ToBytes(value) : null;

    public static long ToBytes(long megabytes) =>
        megabytes > 0 && megabytes % Unit == 0 ? megabytes * Disk.Mebibyte : throw Errors.DiskSizeNotMultiple(megabytes);

    /// <summary>Bytes as the MB Gandi shows, rounded up (a quota factor can make a part of one).</summary>
    public static long Megabytes(double bytes) => (long)Math.Ceiling(bytes / Disk.Mebibyte);
}
