using HostingApi.Core.Domain;

namespace HostingApi.Dialects.Gigas.Wire;

/// <summary>
/// The seed's Backup resource, which it never defines: OnApp's backup fields (Gigas appears to front
/// OnApp, rest-dialects.md §2.3) that the core can fill; <c>min_disk_size</c> is what the seed filters on.
/// A template is answered in the same shape, with its <c>label</c> and <c>backup_type</c> <c>template</c>.
/// </summary>
public static class BackupResource
{
    public static object Of(Disk backup, bool locked, long? consoleId = null) => new
    {
        id = backup.Id,
        disk_id = backup.SourceId,
        label = backup.Type == DiskType.Image ? backup.Label : null,
        backup_type = backup.Type == DiskType.Image ? "template" : "normal",
        built = backup.State == DiskState.Created,
        locked,
        backup_size = GigasSize.ToGb(backup.SizeBytes),
        min_disk_size = GigasSize.ToGb(backup.SizeBytes),
        initiated = "manual",
        console_id = consoleId,
        created_at = GigasDates.Of(backup.DateCreated),
        updated_at = GigasDates.Of(backup.DateUpdated),
    };
}
