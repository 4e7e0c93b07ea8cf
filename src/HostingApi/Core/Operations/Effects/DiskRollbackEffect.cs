using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;

namespace HostingApi.Core.Operations.Effects;

/// <summary>
/// <c>disk_rollback_from</c>: the new disk (a copy of the snapshot) is <c>created</c> and the snapshot's
/// source disk leaves <c>rollback</c>. Abandoned: the new disk never existed, the source is released.
/// </summary>
public sealed class DiskRollbackEffect : IOperationEffect
{
    public const string SourceDiskParam = "source_disk_id";

    public string Type => OperationTypes.DiskRollbackFrom;

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        (await db.Disks.FindAsync(operation.DiskId))?.CompleteCreation(now);
        await ReleaseSourceAsync(operation, db, now);
    }

    public async Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        if (await db.Disks.FindAsync(operation.DiskId) is { IsBeingCreated: true } disk)
        {
            db.Disks.Remove(disk);
        }

        await ReleaseSourceAsync(operation, db, now);
    }

    private static async Task ReleaseSourceAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        var sourceId = operation.Params.FirstOrDefault(p => p.Name == SourceDiskParam)?.Number;
        if (sourceId is not null && await db.Disks.FindAsync((int)sourceId) is { State: DiskState.Rollback } source)
        {
            source.EndRollback(now);
        }
    }
}
