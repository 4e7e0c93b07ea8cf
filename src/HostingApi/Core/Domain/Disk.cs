using HostingApi.Core.Errors;

namespace HostingApi.Core.Domain;

/// <summary>
/// A disk: an account's system or data disk, a snapshot, or a public image disk (no account).
/// State moves only through the transition methods, each refusing an illegal move.
/// </summary>
public sealed class Disk
{
    public const long Mebibyte = 1024 * 1024;

    /// <summary>The size of a new disk when the caller names none: 10 GiB.</summary>
    public const long DefaultSizeBytes = 10 * 1024 * Mebibyte;

    private Disk()
    {
    }

    private Disk(int? accountId, int datacenterId, string name, long sizeBytes, DiskType type, DiskState state, DiskVisibility visibility, DateTime now)
    {
        AccountId = accountId;
        DatacenterId = datacenterId;
        Name = name;
        SizeBytes = sizeBytes;
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

    /// <summary>In bytes: any positive count (a dialect may require more, as Gandi's whole GiB).</summary>
    public long SizeBytes { get; private set; }

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
    public static Disk CreateData(int accountId, int datacenterId, string name, long sizeBytes, int? snapshotProfileId, DateTime now)
    {
        RequirePositive(sizeBytes);
        return new Disk(accountId, datacenterId, name, sizeBytes, DiskType.Data, DiskState.BeingCreated, DiskVisibility.Private, now)
        {
            SnapshotProfileId = snapshotProfileId,
        };
    }

    /// <summary>A public image disk of the catalog (seeding only).</summary>
    public static Disk CreateImage(int id, int datacenterId, string label, long sizeBytes, string kernelVersion, IReadOnlyList<NamedValue> cmdline, DateTime now) =>
        new(null, datacenterId, label, sizeBytes, DiskType.Image, DiskState.Created, DiskVisibility.All, now)
        {
            Id = id,
            Label = label,
            KernelVersion = kernelVersion,
            KernelCmdline = [.. cmdline],
            IsBootDisk = true,
        };

    private static void RequirePositive(long sizeBytes)
    {
        if (sizeBytes <= 0)
        {
            throw new InvalidArgumentError(ObjectKind.Disk, "size", $"disk size {sizeBytes} bytes is not positive",
                sizeBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// A copy of <paramref name="source"/> (an image disk, a snapshot, another disk): kernel, command
    /// line, size and label copied; <paramref name="sizeBytes"/> may grow it, never shrink it.
    /// </summary>
    public static Disk CreateCopy(int accountId, Disk source, string name, long? sizeBytes, int? snapshotProfileId, DateTime now)
    {
        var target = sizeBytes ?? source.SizeBytes;
        RequirePositive(target);
        if (target < source.SizeBytes)
        {
            throw new CannotShrinkError(ObjectKind.Disk, source.Id, source.SizeBytes, target);
        }

        return new Disk(accountId, source.DatacenterId, name, target, DiskType.Data, DiskState.BeingCreated, DiskVisibility.Private, now)
        {
            SourceId = source.Id,
            Label = source.Label,
            KernelVersion = source.KernelVersion,
            KernelCmdline = [.. source.KernelCmdline],
            IsBootDisk = source.IsBootDisk,
            SnapshotProfileId = snapshotProfileId,
        };
    }

    /// <summary>A snapshot of <paramref name="parent"/>: listed in the parent's <c>snapshots_id</c>.</summary>
    public static Disk CreateSnapshot(int accountId, Disk parent, string name, DateTime now)
    {
        parent.RequireState("snapshot", DiskState.Created);
        return new Disk(accountId, parent.DatacenterId, name, parent.SizeBytes, DiskType.Snapshot, DiskState.BeingCreated, DiskVisibility.Private, now)
        {
            SourceId = parent.Id,
            Label = parent.Label,
            KernelVersion = parent.KernelVersion,
            KernelCmdline = [.. parent.KernelCmdline],
        };
    }

    /// <summary>
    /// A backup of <paramref name="source"/> (a provider's backup, not a Gandi snapshot): the same size,
    /// kept when the disk goes, counted in no quota.
    /// </summary>
    public static Disk CreateBackup(int accountId, Disk source, DateTime now)
    {
        source.RequireState("back up", DiskState.Created);
        return new Disk(accountId, source.DatacenterId, $"backup of {source.Name}", source.SizeBytes, DiskType.Backup, DiskState.BeingCreated, DiskVisibility.Private, now)
        {
            SourceId = source.Id,
            Label = source.Label,
            KernelVersion = source.KernelVersion,
            KernelCmdline = [.. source.KernelCmdline],
        };
    }

    /// <summary>A private image made from <paramref name="source"/>, named <paramref name="label"/>: the account's own template.</summary>
    public static Disk CreateTemplate(int accountId, Disk source, string label, DateTime now)
    {
        source.RequireState("make a template of", DiskState.Created);
        return new Disk(accountId, source.DatacenterId, label, source.SizeBytes, DiskType.Image, DiskState.BeingCreated, DiskVisibility.Private, now)
        {
            SourceId = source.Id,
            Label = label,
            KernelVersion = source.KernelVersion,
            KernelCmdline = [.. source.KernelCmdline],
            IsBootDisk = source.IsBootDisk,
        };
    }

    /// <summary>The <c>disk_create</c> operation is done.</summary>
    public void CompleteCreation(DateTime now)
    {
        RequireState("complete its creation", DiskState.BeingCreated);
        State = DiskState.Created;
        DateUpdated = now;
    }

    public void Resize(long sizeBytes, DateTime now)
    {
        RequireState("resize", DiskState.Created);
        RequirePositive(sizeBytes);
        if (sizeBytes < SizeBytes)
        {
            throw new CannotShrinkError(ObjectKind.Disk, Id, SizeBytes, sizeBytes);
        }

        SizeBytes = sizeBytes;
        DateUpdated = now;
    }

    public void ChangeKernel(string? kernelVersion, IReadOnlyList<NamedValue>? cmdline, DateTime now)
    {
        RequireState("change its kernel", DiskState.Created);
        KernelVersion = kernelVersion ?? KernelVersion;
        KernelCmdline = cmdline is null ? KernelCmdline : [.. cmdline];
        DateUpdated = now;
    }

    /// <summary>Sets the snapshot profile; null removes it (the client sends <c>''</c>).</summary>
    public void ChangeSnapshotProfile(int? snapshotProfileId, DateTime now)
    {
        RequireState("change its snapshot profile", DiskState.Created);
        SnapshotProfileId = snapshotProfileId;
        DateUpdated = now;
    }

    /// <summary><c>created -> deleted</c> while <c>disk_delete</c> runs; an attached disk cannot be deleted.</summary>
    public void BeginDeletion(DateTime now)
    {
        RequireDetached();
        RequireState("delete", DiskState.Created);
        State = DiskState.Deleted;
        DateUpdated = now;
    }

    public void CancelDeletion(DateTime now)
    {
        RequireState("cancel its deletion", DiskState.Deleted);
        State = DiskState.Created;
        DateUpdated = now;
    }

    /// <summary>The source disk of a snapshot being rolled back: <c>rollback</c>, out of the quota, frozen.</summary>
    public void BeginRollback(int snapshotId, DateTime now)
    {
        if (VmId is not null)
        {
            throw new AttachedError(ObjectKind.Disk, Id, ObjectKind.Vm, VmId, snapshotId);
        }

        RequireState("roll back", DiskState.Created);
        State = DiskState.Rollback;
        DateUpdated = now;
    }

    public void EndRollback(DateTime now)
    {
        RequireState("end its rollback", DiskState.Rollback);
        State = DiskState.Created;
        DateUpdated = now;
    }

    /// <summary><c>created -> being_migrated</c> (<c>is_migrating</c> true) while <c>hosting_migration_disk</c> runs.</summary>
    public void BeginMigration(DateTime now)
    {
        RequireDetached();
        RequireState("migrate", DiskState.Created);
        State = DiskState.BeingMigrated;
        IsMigrating = true;
        DateUpdated = now;
    }

    public void CompleteMigration(int datacenterId, DateTime now)
    {
        RequireState("complete its migration", DiskState.BeingMigrated);
        DatacenterId = datacenterId;
        State = DiskState.Created;
        IsMigrating = false;
        DateUpdated = now;
    }

    public void AbandonMigration(DateTime now)
    {
        RequireState("abandon its migration", DiskState.BeingMigrated);
        State = DiskState.Created;
        IsMigrating = false;
        DateUpdated = now;
    }

    /// <summary>Attaches the disk to a VM at <paramref name="position"/> (0: the system disk). One VM per disk.</summary>
    public void AttachTo(int vmId, int position, DateTime now)
    {
        RequireDetached();
        RequireState("attach", DiskState.Created);
        VmId = vmId;
        Position = position;
        DateUpdated = now;
    }

    /// <summary>A disk made together with its VM (create_from) is attached from the start, at <paramref name="position"/>.</summary>
    public void AttachAtCreation(int vmId, int position)
    {
        RequireState("attach", DiskState.BeingCreated);
        VmId = vmId;
        Position = position;
    }

    /// <summary>Follows its VM to another datacenter (the VM migration moves its disks).</summary>
    public void FollowTo(int datacenterId, DateTime now)
    {
        DatacenterId = datacenterId;
        DateUpdated = now;
    }

    /// <summary>Moves an attached disk to another position (position 0 swaps the system disk).</summary>
    public void MoveTo(int position, DateTime now)
    {
        Position = position;
        DateUpdated = now;
    }

    public void Detach(DateTime now)
    {
        if (VmId is null)
        {
            throw new WrongStateError(ObjectKind.Disk, Id, "detached", "detach");
        }

        VmId = null;
        Position = null;
        DateUpdated = now;
    }

    /// <summary>Names a disk created without a name (Gandi generates one), or renames it.</summary>
    public void Rename(string name, DateTime now)
    {
        if (!IsBeingCreated)
        {
            RequireState("rename", DiskState.Created);
        }

        Name = name;
        DateUpdated = now;
    }

    /// <summary>Gives a new disk a chosen id before it is first saved (the rollback's new disk takes its operation's id).</summary>
    public void AssignId(int id)
    {
        if (Id != 0)
        {
            throw new InvalidOperationException("A saved disk keeps its id.");
        }

        Id = id;
    }

    /// <summary>True while the disk is only a promise its creation operation has not kept yet.</summary>
    public bool IsBeingCreated => State == DiskState.BeingCreated;

    /// <summary>Refuses (530439) unless the disk is attached to no VM.</summary>
    public void RequireDetached()
    {
        if (VmId is not null)
        {
            throw new AttachedError(ObjectKind.Disk, Id, ObjectKind.Vm, VmId);
        }
    }

    /// <summary>Refuses unless the disk is <c>created</c> (not being made, deleted, migrated, rolled back).</summary>
    public void RequireCreated(string action) => RequireState(action, DiskState.Created);

    private void RequireState(string action, params DiskState[] allowed) =>
        Transition.Require(ObjectKind.Disk, Id, State, action, allowed);
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
