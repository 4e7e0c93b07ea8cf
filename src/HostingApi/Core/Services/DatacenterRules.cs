using HostingApi.Core.Errors;
using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>
/// Where objects may be made and moved: the opened-datacenter constraint, a datacenter's <c>can_migrate_to</c>,
/// and no datacenter closed to all.
/// </summary>
public static class DatacenterRules
{
    // Compiled once: these run under the write lock on every create, where translating a LINQ query
    // again (parameter extraction, the query cache's lookup) is time every other writer waits.
    private static readonly Func<HostingDbContext, int, Task<Datacenter?>> DatacenterById = EF.CompileAsyncQuery(
        (HostingDbContext db, int id) => db.Datacenters.AsNoTracking().FirstOrDefault(d => d.Id == id));

    private static readonly Func<HostingDbContext, int, int, Task<bool>> HasDiskIn = EF.CompileAsyncQuery(
        (HostingDbContext db, int accountId, int datacenterId) => db.Disks.Any(d => d.AccountId == accountId && d.DatacenterId == datacenterId));

    private static readonly Func<HostingDbContext, int, int, Task<bool>> HasVmIn = EF.CompileAsyncQuery(
        (HostingDbContext db, int accountId, int datacenterId) => db.Vms.Any(v => v.AccountId == accountId && v.DatacenterId == datacenterId));

    /// <summary>
    /// The datacenter <paramref name="datacenterId"/> if the account may make something there (3.3.35): not
    /// closed to all, and when closed to new customers only if the account has a disk or a VM there already
    /// (asked only then: an open datacenter needs no query of the account's objects).
    /// </summary>
    public static async Task<Datacenter> RequireOpenAsync(HostingDbContext db, int accountId, int datacenterId, CancellationToken ct)
    {
        var datacenter = await DatacenterById(db, datacenterId) ?? throw new NotFoundError(ObjectKind.Datacenter, datacenterId);
        var hasResources = datacenter.IaasClosedFor == ClosedFor.New
            && (await HasDiskIn(db, accountId, datacenterId) || await HasVmIn(db, accountId, datacenterId));
        return datacenter.AcceptsNewResourcesFrom(hasResources) ? datacenter : throw new DatacenterClosedError(datacenter.DcCode);
    }

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
