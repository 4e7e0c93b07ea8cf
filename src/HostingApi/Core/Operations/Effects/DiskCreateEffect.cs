using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;

namespace HostingApi.Core.Operations.Effects;

/// <summary><c>disk_create</c>: the disk becomes <c>created</c>; abandoned, it never existed.</summary>
public sealed class DiskCreateEffect : IOperationEffect
{
    public string Type => OperationTypes.DiskCreate;

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        var disk = await db.Disks.FindAsync(operation.DiskId);
        disk?.CompleteCreation(now);
    }

    public async Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        if (await db.Disks.FindAsync(operation.DiskId) is { IsBeingCreated: true } disk)
        {
            db.Disks.Remove(disk);
            await DiskSettingsRemoval.RemoveAsync(db, [disk]);
        }
    }
}
