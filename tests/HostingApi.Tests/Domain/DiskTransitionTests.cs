using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Dialects.Gandi.Faults;

namespace HostingApi.Tests.Domain;

/// <summary>The disk's transitions beyond creation: what an attached disk refuses, rollback, migration, deletion.</summary>
public class DiskTransitionTests
{
    private static readonly DateTime Now = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    [Fact]
    public void AttachedDisk_RefusesDeletionRollbackAndMigration_WithCauseAttached()
    {
        var disk = Created();
        disk.AttachTo(vmId: 7, position: 1, Now);

        Code(() => disk.BeginDeletion(Now)).Should().Be(530439);
        var rollback = Error(() => disk.BeginRollback(snapshotId: 99, Now));
        rollback.Code.Should().Be(530439);
        rollback.FaultString.Should().Be($"Error on object : OBJECT_DISK (CAUSE_ATTACHED) [disk#{disk.Id} associated with snapshot#99 is attached]");
        Code(() => disk.BeginMigration(Now)).Should().Be(530439);
        Code(() => disk.AttachTo(8, 0, Now)).Should().Be(530439, "one VM per disk");
    }

    [Fact]
    public void DetachedAgain_TheDiskCanBeDeleted_AndCancellingRestoresIt()
    {
        var disk = Created();
        disk.AttachTo(7, 1, Now);
        disk.Detach(Now);

        disk.BeginDeletion(Now);
        disk.State.Should().Be(DiskState.Deleted);
        disk.CancelDeletion(Now);
        disk.State.Should().Be(DiskState.Created);
        Code(() => disk.Detach(Now)).Should().Be(530460);
    }

    [Fact]
    public void Rollback_FreezesTheDisk_UntilItEnds()
    {
        var disk = Created();

        disk.BeginRollback(99, Now);

        Code(() => disk.Rename("x", Now)).Should().Be(530460);
        Code(() => disk.Resize(4096 * Disk.Mebibyte, Now)).Should().Be(530460);
        Code(() => disk.BeginDeletion(Now)).Should().Be(530460);
        disk.EndRollback(Now);
        disk.Rename("x", Now);
        disk.Name.Should().Be("x");
    }

    [Fact]
    public void Migration_SetsIsMigrating_AndMovesTheDiskWhenComplete()
    {
        var disk = Created();

        disk.BeginMigration(Now);
        (disk.State, disk.IsMigrating).Should().Be((DiskState.BeingMigrated, true));
        disk.CompleteMigration(5, Now);

        (disk.State, disk.IsMigrating, disk.DatacenterId).Should().Be((DiskState.Created, false, 5));
    }

    [Fact]
    public void Copy_InheritsTheSourceAndMayGrowButNotShrink()
    {
        var image = Disk.CreateImage(100_001, 3, "Debian 9", 3072 * Disk.Mebibyte, "grub", [NamedValue.Of("root", "/dev/sda")], Now);

        var copy = Disk.CreateCopy(1, image, "sys", 5120 * Disk.Mebibyte, null, Now);

        (copy.SizeBytes / Disk.Mebibyte, copy.Label, copy.KernelVersion, copy.SourceId, copy.IsBootDisk).Should().Be((5120, "Debian 9", "grub", 100_001, true));
        copy.KernelCmdline.Should().Equal(NamedValue.Of("root", "/dev/sda"));
        Code(() => Disk.CreateCopy(1, image, "sys", 2048 * Disk.Mebibyte, null, Now)).Should().Be(530495);
    }

    private static Disk Created()
    {
        var disk = Disk.CreateData(1, 3, "d", 2048 * Disk.Mebibyte, null, Now);
        disk.CompleteCreation(Now);
        return disk;
    }

    private static GandiError Error(Action act) => GandiErrors.From(act.Should().Throw<CoreError>().Which);

    private static int Code(Action act) => Error(act).Code;
}
