using HostingApi.Core.Coordination;
using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Operations.Effects;
using HostingApi.Core.Operations;
using HostingApi.Core.Persistence;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary><c>operation.*</c> for an account, and the control plane's hold, release and fail (any account).</summary>
public sealed class OperationService(
    HostingDbContext db, OperationRunner runner, IWriteLock writeLock, OperationEffects effects, OperationSchedule schedule, PolledOperations polled, Reads reads, TimeProvider time)
{
    internal static readonly ListingSpec<Operation> Operations = new ListingSpec<Operation>(o => o.Id)
        .Text("type", o => o.Type).Wire("step", o => o.Step)
        .NullableInt("vm_id", o => o.VmId).NullableInt("disk_id", o => o.DiskId).NullableInt("iface_id", o => o.IfaceId).NullableInt("ip_id", o => o.IpId)
        .Date("date_created", o => o.DateCreated).Date("date_updated", o => o.DateUpdated).Date("date_start", o => o.DateStart)
        .Sortable("date_created", o => o.DateCreated).Sortable("date_updated", o => o.DateUpdated).Sortable("date_start", o => o.DateStart)
        .Sortable("step", o => o.Step).Sortable("type", o => o.Type);

    /// <summary>An operation of the account; under the <c>Polls</c> policy each call is one of the polls it waits for.</summary>
    public async Task<Operation> InfoAsync(Tenant tenant, int id, CancellationToken ct = default)
    {
        if (polled.IsWaiting(id))
        {
            await CountPollAsync(tenant, id, ct);
        }

        return await reads.GetAsync(ReadKey.Of(ReadQuery.OperationInfo, tenant, id),
            async () => await Owned(tenant).SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw NotFound(id), ct);
    }

    public Task<List<Operation>> ListAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.OperationList, tenant, request),
            () => Operations.Page(Operations.Filter(Owned(tenant), request), request).ToListAsync(ct), ct);

    public Task<int> CountAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.OperationCount, tenant, request),
            () => Operations.Filter(Owned(tenant), request).CountAsync(ct), ct);

    /// <summary>The account's operations still to finish (BILL, WAIT or RUN), oldest first: what a provider shows as <c>locked</c>.</summary>
    public Task<List<Operation>> PendingAsync(Tenant tenant, CancellationToken ct = default) =>
        reads.GetAsync(new ReadKey(ReadQuery.PendingOperations, tenant.AccountId), () => PeekPendingAsync(tenant, ct), ct);

    /// <summary>The same as it is now, without making the queue current: what an inspector sees (looking finishes nothing).</summary>
    public Task<List<Operation>> PeekPendingAsync(Tenant tenant, CancellationToken ct = default) =>
        Owned(tenant).Where(o => o.Step == OperationStep.Bill || o.Step == OperationStep.Wait || o.Step == OperationStep.Run).OrderBy(o => o.Id).ToListAsync(ct);

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

    /// <summary>Control plane: one step on now, whatever the policy.</summary>
    public async Task<Operation> AdvanceAsync(int id, CancellationToken ct = default)
    {
        await runner.AdvanceOneAsync(id, ct);
        return await db.Operations.AsNoTracking().SingleAsync(o => o.Id == id, ct);
    }

    private async Task CountPollAsync(Tenant tenant, int id, CancellationToken ct)
    {
        Operation? operation;
        using (await writeLock.EnterAsync(ct))
        {
            operation = await db.Operations.SingleOrDefaultAsync(o => o.Id == id && o.AccountId == tenant.AccountId, ct);
            if (operation is null)
            {
                return;
            }

            operation.CountPoll(time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }

        if (operation.PollsLeft is not > 0)
        {
            polled.Done(id);
        }

        // Released at its last awaited poll: from then on the processor may run it too.
        schedule.Consider(operation.AccountId, operation.DueAt, forProcessor: true);
    }

    private IQueryable<Operation> Owned(Tenant tenant) => db.Operations.AsNoTracking().Where(o => o.AccountId == tenant.AccountId);

    private static CoreError NotFound(int id) => new NotFoundError(ObjectKind.Operation, id);
}
