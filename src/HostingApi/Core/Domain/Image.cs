namespace HostingApi.Core.Domain;

/// <summary>
/// An operating system image (catalog). Its <see cref="DiskId"/> is a public disk of type
/// <c>image</c>: the id clients pass as <c>src_disk_id</c> to <c>create_from</c>.
/// </summary>
public sealed class Image
{
    private Image()
    {
    }

    public Image(int id, string label, string osArch, string kernelVersion, int diskId, int datacenterId, long sizeBytes,
        ImageVisibility visibility, int authorId, DateTime? dateCreated, DateTime dateUpdated)
    {
        Id = id;
        Label = label;
        OsArch = osArch;
        KernelVersion = kernelVersion;
        DiskId = diskId;
        DatacenterId = datacenterId;
        SizeBytes = sizeBytes;
        Visibility = visibility;
        AuthorId = authorId;
        DateCreated = dateCreated;
        DateUpdated = dateUpdated;
    }

    public int Id { get; private set; }

    public string Label { get; private set; } = "";

    /// <summary><c>x86-32</c> or <c>x86-64</c>.</summary>
    public string OsArch { get; private set; } = "";

    public string KernelVersion { get; private set; } = "";

    public int DiskId { get; private set; }

    public int DatacenterId { get; private set; }

    /// <summary>The image disk's size, in bytes.</summary>
    public long SizeBytes { get; private set; }

    public ImageVisibility Visibility { get; private set; }

    public int AuthorId { get; private set; }

    public DateTime? DateCreated { get; private set; }

    public DateTime DateUpdated { get; private set; }
}

public enum ImageVisibility
{
    All,
    Deprecated,
}
