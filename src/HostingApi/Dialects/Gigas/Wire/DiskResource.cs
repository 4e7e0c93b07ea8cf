using HostingApi.Core.Domain;
using HostingApi.Core.Services;

namespace HostingApi.Dialects.Gigas.Wire;

/// <summary>The seed's Disk resource, its fields and nothing else; sizes in GB; status and locked derived.</summary>
public static class DiskResource
{
    public static object Of(DiskWithSettings item, GigasLocks locks)
    {
        var (disk, settings) = item;
        return new
        {
            id = disk.Id,
            status = Status(disk, locks),
            add_to_linux_fstab = settings?.AddToFstab ?? false,
            mount_point = settings?.MountPoint,
            locked = locks.Disk(disk.Id),
            data_store_group_id = DataStoreGroupId(disk),
            data_store_id = DataStoreId(disk),
            created_at = GigasDates.Of(disk.DateCreated),
            updated_at = GigasDates.Of(disk.DateUpdated),
            is_swap = settings?.IsSwap ?? false,
            autobackup = settings?.AutoBackup ?? false,
            error = false,
            disk_size = GigasSize.ToGb(disk.SizeBytes),
            virtual_machine_id = disk.VmId,
        };
    }

    /// <summary>One data store per location, one group per location: the seed names both without saying more.</summary>
    public static int DataStoreId(Disk disk) => disk.DatacenterId;

    public static int DataStoreGroupId(Disk disk) => disk.DatacenterId;

    /// <summary>The disks Gigas lists: system and data disks (not backups, templates, snapshots or images).</summary>
    public static bool IsListed(Disk disk) => disk.Type is DiskType.Data or DiskType.System;

    // Status words are undocumented; these are chosen (docs/gigas.md).
    private static string Status(Disk disk, GigasLocks locks) => disk.State switch
    {
        DiskState.BeingCreated => "building",
        DiskState.Deleted => "deleting",
        DiskState.BeingMigrated => "migrating",
        DiskState.Created when locks.Formatting(disk.Id) => "building",
        DiskState.Created => "active",
        var other => WireName.Of(other),
    };
}
