using HostingApi.Core.Errors;
using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>Where objects may move: a datacenter's <c>can_migrate_to</c>, and no datacenter closed to all.</summary>
public static class DatacenterRules
{
    /// <summary>The two datacenters of a migration from <paramref name="fromId"/> to <paramref name="toId"/>, or the fault that forbids it.</summary>
    public static async Task<(Datacenter From, Datacenter To)> RequireMigrationAsync(HostingDbContext db, int fromId, int toId, CancellationToken ct)
    {
        var from = await db.Datacenters.AsNoTracking().SingleAsync(d => d.Id == fromId, ct);
        var to = await db.Datacenters.AsNoTracking().SingleOrDefaultAsync(d => d.Id == toId, ct)
            ?? throw new NotFoundError(ObjectKind.Datacenter, toId);
        if (!from.CanMigrateTo.Contains(to.Id))
        {
            throw new CannotMigrateError(from.DcCode, to.DcCode);
        }

        return to.IaasClosedFor == ClosedFor.All ? throw new DatacenterClosedError(to.DcCode) : (from, to);
    }
}
