using HostingApi.Core.Coordination;
using HostingApi.Core.Errors;
using HostingApi.Core.Domain;
using HostingApi.Core.Operations;
using HostingApi.Core.Operations.Effects;
using HostingApi.Core.Persistence;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary><c>operation.*</c> for an account, and the control plane's hold, release and fail (any account).</summary>
public sealed class OperationService(HostingDbContext db, OperationRunner runner, IWriteLock writeLock, OperationEffects effects, OperationSchedule schedule, Reads reads, TimeProvider time)
{
    internal static readonly ListingSpec<Operation> Operations = new ListingSpec<Operation>(o => o.Id)
        .Text("type", o => o.Type).Wire("step", o => o.Step)
        .NullableInt("vm_id", o => o.VmId).NullableInt("disk_id", o => o.DiskId).NullableInt("iface_id", o => o.IfaceId).NullableInt("ip_id", o => o.IpId)
        .Date("date_created", o => o.DateCreated).Date("date_updated", o => o.DateUpdated).Date("date_start", o => o.DateStart)
        .Sortable("date_created", o => o.DateCreated).Sortable("date_updated", o => o.DateUpdated).Sortable("date_start", o => o.DateStart)
        .Sortable("step", o => o.Step).Sortable("type", o => o.Type);

    public Task<Operation> InfoAsync(Tenant tenant, int id, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.OperationInfo, tenant, id),
            async () => await Owned(tenant).SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw NotFound(id), ct);

    public Task<List<Operation>> ListAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.OperationList, tenant, request),
            () => Operations.Page(Operations.Filter(Owned(tenant), request), request).ToListAsync(ct), ct);

    public Task<int> CountAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.OperationCount, tenant, request),
            () => Operations.Filter(Owned(tenant), request).CountAsync(ct), ct);

    /// <summary>Sets a BILL or WAIT operation to CANCEL and undoes its object's transitional state.</summary>
    public async Task CancelAsync(Tenant tenant, int id, CancellationToken ct = default)
    {
        using var entered = await writeLock.EnterAsync(ct);
        var operation = await db.Operations.SingleOrDefaultAsync(o => o.Id == id && o.AccountId == tenant.AccountId, ct) ?? throw NotFound(id);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        operation.Cancel(now);
        await effects.For(operation.Type).OnAbandonedAsync(operation, db, now);

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Control plane: keep, let go, or make fail an operation of any account.</summary>
    public async Task<Operation> ControlAsync(int id, Action<Operation, DateTime> change, CancellationToken ct = default)
    {
        Operation operation;
        using (await writeLock.EnterAsync(ct))
        {
            operation = await db.Operations.SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw NotFound(id);
            change(operation, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }

        // A released operation is the processor's even if Instant ("runs to its end now"); the
        // answer is a look at it, so its account is made current.
        schedule.Consider(operation.AccountId, operation.DueAt, forProcessor: true);
        await runner.CatchUpAsync(operation.AccountId, ct);
        await db.Entry(operation).ReloadAsync(ct);
        return operation;
    }

    private IQueryable<Operation> Owned(Tenant tenant) => db.Operations.AsNoTracking().Where(o => o.AccountId == tenant.AccountId);

    private static CoreError NotFound(int id) => new NotFoundError(ObjectKind.Operation, id);
}
