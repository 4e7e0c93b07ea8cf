using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Operations.Effects;

/// <summary><c>hosting_migration_iface</c>: the iface and its IPs arrive in <c>params.to_dc_id</c>.</summary>
public sealed class IfaceMigrationEffect : IOperationEffect
{
    public string Type => OperationTypes.IfaceMigration;

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        var target = (int)operation.Params.First(p => p.Name == DiskMigrationEffect.ToParam).Number!.Value;
        (await db.Ifaces.SingleAsync(i => i.Id == operation.IfaceId)).FollowTo(target, now);
        foreach (var ip in await db.Ips.Where(ip => ip.IfaceId == operation.IfaceId).ToListAsync())
        {
            ip.FollowTo(target, now);
        }
    }

    public Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now) => Task.CompletedTask;
}
