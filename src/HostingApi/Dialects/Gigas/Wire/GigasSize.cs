namespace HostingApi.Dialects.Gigas.Wire;

/// <summary>
/// Gigas sizes are whole GB on the wire (<c>disk_size</c>); the core keeps bytes. GB is read as GiB (2^30),
/// the unit the core's other dialect uses for whole-GB disks: whether Gigas means 10^9 is unknown.
/// </summary>
public static class GigasSize
{
    public const long BytesPerGb = 1L << 30;

    public static long ToBytes(long gb) => gb * BytesPerGb;

    /// <summary>A size in whole GB, rounded up (a disk made elsewhere may not be a whole number of GB).</summary>
    public static long ToGb(long bytes) => (bytes + BytesPerGb - 1) / BytesPerGb;
}
