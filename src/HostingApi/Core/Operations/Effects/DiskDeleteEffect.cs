using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Operations.Effects;

/// <summary><c>disk_delete</c>: the disk (shown <c>deleted</c> meanwhile) and its snapshots go; abandoned, it is <c>created</c> again.</summary>
public sealed class DiskDeleteEffect : IOperationEffect
{
    public string Type => OperationTypes.DiskDelete;

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        var disks = await db.Disks.Where(d => d.Id == operation.DiskId || (d.SourceId == operation.DiskId && d.Type == DiskType.Snapshot)).ToListAsync();
        db.Disks.RemoveRange(disks);
        await DiskSettingsRemoval.RemoveAsync(db, disks);
    }

    public async Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        if (await db.Disks.FindAsync(operation.DiskId) is { State: DiskState.Deleted } disk)
        {
            disk.CancelDeletion(now);
        }
    }
}
