using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Operations.Effects;

/// <summary><c>iface_delete</c>: the iface (shown <c>deleted</c> meanwhile) and its IPs go; abandoned, it is <c>free</c> again.</summary>
public sealed class IfaceDeleteEffect : IOperationEffect
{
    public string Type => OperationTypes.IfaceDelete;

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        db.Ips.RemoveRange(await db.Ips.Where(ip => ip.IfaceId == operation.IfaceId).ToListAsync());
        if (await db.Ifaces.FindAsync(operation.IfaceId) is { } iface)
        {
            db.Ifaces.Remove(iface);
        }
    }

    public async Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        if (await db.Ifaces.FindAsync(operation.IfaceId) is { State: IfaceState.Deleted } iface)
        {
            iface.CancelDeletion(now);
        }
    }
}
