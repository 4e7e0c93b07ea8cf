using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>
/// Disks found by their entity id (uuid) and listed with their pending operations and a dialect's
/// attributes: the read side of a dialect whose ids are uuids and whose status is derived. A disk
/// being deleted is no longer shown: its deletion has started.
/// </summary>
public sealed class DiskViews(HostingDbContext db, Reads reads)
{
    /// <summary>One of the account's disks or, with <paramref name="includePublic"/>, a public image disk.</summary>
    public Task<DiskView?> FindAsync(Tenant tenant, string dialect, string entityId, bool includePublic, CancellationToken ct = default) =>
        reads.GetAsync(new ReadKey(ReadQuery.DiskViewInfo, tenant.AccountId, includePublic ? 1 : 0, $"{dialect}|{entityId}"), async () =>
        {
            var disk = await db.Disks.AsNoTracking()
                .Where(d => d.EntityId == entityId && d.State != DiskState.Deleted)
                .Where(d => d.AccountId == tenant.AccountId || (includePublic && d.AccountId == null && d.Visibility == DiskVisibility.All))
                .FirstOrDefaultAsync(ct);
            return disk is null ? null : (await DescribeAsync([disk], dialect, ct))[0];
        }, ct);

    /// <summary>One of the account's disks by its core id (the disk an operation just made).</summary>
    public Task<DiskView?> FindAsync(Tenant tenant, string dialect, int id, CancellationToken ct = default) =>
        reads.GetAsync(new ReadKey(ReadQuery.DiskViewInfo, tenant.AccountId, id, dialect), async () =>
        {
            var disk = await db.Disks.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.AccountId == tenant.AccountId, ct);
            return disk is null ? null : (await DescribeAsync([disk], dialect, ct))[0];
        }, ct);

    /// <summary>
    /// The account's disks by core id as they are now, without making the queue current: what a
    /// change just accepted answers (its own transitional state), not what the queue made of it since.
    /// </summary>
    public async Task<IReadOnlyList<DiskView>> PeekAsync(Tenant tenant, string dialect, IReadOnlyList<int> ids, CancellationToken ct = default)
    {
        var disks = await db.Disks.AsNoTracking().Where(d => d.AccountId == tenant.AccountId && ids.Contains(d.Id)).ToListAsync(ct);
        var ordered = ids.Select(id => disks.FirstOrDefault(d => d.Id == id)).OfType<Disk>().ToList();
        return await DescribeAsync(ordered, dialect, ct);
    }

    /// <summary>The account's disks (not snapshots, not being deleted), in id order.</summary>
    public Task<DiskPage> ListAsync(Tenant tenant, string dialect, DiskQuery query, CancellationToken ct = default) =>
        reads.GetAsync(new ReadKey(ReadQuery.DiskViewList, tenant.AccountId, Arguments: $"{dialect}|{query.CacheKey()}"),
            () => PeekListAsync(tenant, dialect, query, ct), ct);

    /// <summary>The same as it is now, without making the queue current: what an inspector sees (looking finishes nothing).</summary>
    public Task<DiskPage> PeekListAsync(Tenant tenant, string dialect, DiskQuery query, CancellationToken ct = default) =>
        PageAsync(db.Disks.Where(d => d.AccountId == tenant.AccountId && d.Type != DiskType.Snapshot), dialect, query, ct);

    /// <summary>The public image disks of one datacenter (a provider's library).</summary>
    public Task<DiskPage> ListPublicAsync(int datacenterId, string dialect, DiskQuery query, CancellationToken ct = default) =>
        reads.GetAsync(new ReadKey(ReadQuery.DiskViewList, 0, datacenterId, $"{dialect}|{query.CacheKey()}"),
            () => PageAsync(db.Disks.Where(d => d.AccountId == null && d.Visibility == DiskVisibility.All && d.DatacenterId == datacenterId), dialect, query, ct), ct);

    private async Task<DiskPage> PageAsync(IQueryable<Disk> disks, string dialect, DiskQuery query, CancellationToken ct)
    {
        disks = disks.AsNoTracking().Where(d => d.State != DiskState.Deleted);
        if (query.Names is { Count: > 0 } names)
        {
            disks = disks.Where(d => names.Contains(d.Name));
        }

        if (!string.IsNullOrEmpty(query.NameContains))
        {
            disks = disks.Where(d => d.Name.Contains(query.NameContains));
        }

        if (query.EntityIds is { Count: > 0 } entityIds)
        {
            disks = disks.Where(d => entityIds.Contains(d.EntityId));
        }

        var total = await disks.CountAsync(ct);
        var page = disks.OrderBy(d => d.Id).Skip(query.Offset);
        var items = await (query.Limit > 0 ? page.Take(query.Limit) : page).ToListAsync(ct);
        return new DiskPage(total, await DescribeAsync(items, dialect, ct));
    }

    private async Task<IReadOnlyList<DiskView>> DescribeAsync(IReadOnlyList<Disk> disks, string dialect, CancellationToken ct)
    {
        var ids = disks.Select(d => d.Id).ToList();
        var nullableIds = ids.Select(id => (int?)id).ToList();
        var pending = (await db.Operations.AsNoTracking()
                .Where(o => nullableIds.Contains(o.DiskId) && o.Step != OperationStep.Done && o.Step != OperationStep.Error && o.Step != OperationStep.Cancel)
                .Select(o => new { o.DiskId, o.Type }).ToListAsync(ct))
            .ToLookup(o => o.DiskId!.Value, o => o.Type);
        var copied = (await db.Disks.AsNoTracking()
                .Where(d => nullableIds.Contains(d.SourceId) && d.State == DiskState.BeingCreated)
                .Select(d => d.SourceId!.Value).ToListAsync(ct))
            .ToHashSet();
        var annotations = (await db.Annotations.AsNoTracking()
                .Where(a => a.Dialect == dialect && a.Kind == Errors.ObjectKind.Disk && ids.Contains(a.ObjectId))
                .Select(a => new { a.ObjectId, a.Json }).ToListAsync(ct))
            .ToDictionary(a => a.ObjectId, a => a.Json);
        var vmIds = disks.Where(d => d.VmId is not null).Select(d => d.VmId!.Value).Distinct().ToList();
        var running = vmIds.Count == 0 ? [] : (await db.Vms.AsNoTracking().Where(v => vmIds.Contains(v.Id) && v.State == VmState.Running)
            .Select(v => v.Id).ToListAsync(ct)).ToHashSet();
        return disks.Select(d => new DiskView(d, [.. pending[d.Id]], copied.Contains(d.Id), annotations.GetValueOrDefault(d.Id),
            d.VmId is { } vm && running.Contains(vm))).ToList();
    }
}
