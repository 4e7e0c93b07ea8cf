using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;

namespace HostingApi.Core.Operations.Effects;

/// <summary><c>hosting_migration_disk</c>: the disk arrives in <c>params.to_dc_id</c>; abandoned, it stays where it was.</summary>
public sealed class DiskMigrationEffect : IOperationEffect
{
    public const string FromParam = "from_dc_id";
    public const string ToParam = "to_dc_id";

    public string Type => OperationTypes.DiskMigration;

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        var target = (int)operation.Params.First(p => p.Name == ToParam).Number!.Value;
        (await db.Disks.FindAsync(operation.DiskId))?.CompleteMigration(target, now);
    }

    public async Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        if (await db.Disks.FindAsync(operation.DiskId) is { State: DiskState.BeingMigrated } disk)
        {
            disk.AbandonMigration(now);
        }
    }
}
