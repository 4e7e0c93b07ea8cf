using HostingApi.Faults;

namespace HostingApi.Domain;

/// <summary>
/// A disk: an account's system or data disk, a snapshot, or a public image disk (no account).
/// State moves only through the transition methods, each refusing an illegal move.
/// </summary>
public sealed class Disk
{
    public const int SizeUnit = 1024;
    public const int DefaultSize = 10240;

    private Disk()
    {
    }

    private Disk(int? accountId, int datacenterId, string name, int size, DiskType type, DiskState state, DiskVisibility visibility, DateTime now)
    {
        AccountId = accountId;
        DatacenterId = datacenterId;
        Name = name;
        Size = size;
        Type = type;
        State = state;
        Visibility = visibility;
        CanSnapshot = type != DiskType.Snapshot;
        DateCreated = now;
        DateUpdated = now;
        EntityId = Guid.NewGuid().ToString();
    }

    public int Id { get; private set; }

    /// <summary>Null for public image disks.</summary>
    public int? AccountId { get; private set; }

    public int DatacenterId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>MB, a multiple of 1024.</summary>
    public int Size { get; private set; }

    public DiskType Type { get; private set; }

    public DiskState State { get; private set; }

    public DiskVisibility Visibility { get; private set; }

    /// <summary>The disk this one was copied from (an image disk, or a snapshot's parent).</summary>
    public int? SourceId { get; private set; }

    public string? Label { get; private set; }

    public string? KernelVersion { get; private set; }

    public List<NamedValue> KernelCmdline { get; private set; } = [];

    public int? SnapshotProfileId { get; private set; }

    /// <summary>The VM the disk is attached to, and at which position (0: the system disk).</summary>
    public int? VmId { get; private set; }

    public int? Position { get; private set; }

    public bool IsBootDisk { get; private set; }

    public bool CanSnapshot { get; private set; }

    public bool IsMigrating { get; private set; }

    public string EntityId { get; private set; } = "";

    public DateTime DateCreated { get; private set; }

    public DateTime DateUpdated { get; private set; }

    /// <summary>A new empty data disk, <c>being_created</c> until its <c>disk_create</c> operation is done.</summary>
    public static Disk CreateData(int accountId, int datacenterId, string name, int size, int? snapshotProfileId, DateTime now)
    {
        RequireValidSize(size);
        return new Disk(accountId, datacenterId, name, size, DiskType.Data, DiskState.BeingCreated, DiskVisibility.Private, now)
        {
            SnapshotProfileId = snapshotProfileId,
        };
    }

    /// <summary>A public image disk of the catalog (seeding only).</summary>
    public static Disk CreateImage(int id, int datacenterId, string label, int size, string kernelVersion, IReadOnlyList<NamedValue> cmdline, DateTime now) =>
        new(null, datacenterId, label, size, DiskType.Image, DiskState.Created, DiskVisibility.All, now)
        {
            Id = id,
            Label = label,
            KernelVersion = kernelVersion,
            KernelCmdline = [.. cmdline],
            IsBootDisk = true,
        };

    public static void RequireValidSize(long size)
    {
        if (size <= 0 || size % SizeUnit != 0)
        {
            throw Errors.DiskSizeNotMultiple(size);
        }
    }

    /// <summary>The <c>disk_create</c> operation is done.</summary>
    public void CompleteCreation(DateTime now)
    {
        Transition.Require(FaultObject.Disk, "disk", Id, State, "complete its creation", DiskState.BeingCreated);
        State = DiskState.Created;
        DateUpdated = now;
    }

    /// <summary>Names a disk created without a name (Gandi generates one).</summary>
    public void Rename(string name, DateTime now)
    {
        Name = name;
        DateUpdated = now;
    }

    /// <summary>True while the disk is only a promise its creation operation has not kept yet.</summary>
    public bool IsBeingCreated => State == DiskState.BeingCreated;
}

public enum DiskState
{
    BeingCreated,
    Created,
    Rollback,
    Paused,
    BeingMigrated,
    Redemption,
    Deleted,
}

public enum DiskType
{
    System,
    Image,
    Data,
    Backup,
    Snapshot,
    SnapshotAuto,
}

public enum DiskVisibility
{
    All,
    Alpha,
    Private,
    Community,
    Hidden,
}
