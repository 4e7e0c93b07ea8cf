using HostingApi.Core.Coordination;
using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Operations.Effects;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Operations;

/// <summary>
/// Advances due operations one step at a time, each step and its entity transition in one
/// transaction: <c>WAIT -> RUN -> DONE</c>, or <c>ERROR</c> (with <c>last_error</c>, and the effect's
/// rollback) when a transition is refused or a failure was asked for.
/// </summary>
public sealed partial class OperationRunner(
    IServiceScopeFactory scopes, IWriteLock writeLock, OperationSchedule schedule, OperationPolicies policies,
    OperationEffects effects, IErrorWording errorWording, InstanceIdentity instance, TimeProvider time, ILogger<OperationRunner> log) : IProcessState
{
    /// <summary>
    /// Makes the account's queue current before one of its reads: whatever of the account's is due,
    /// Instant operations included, is done first, so with the default policy a client's first poll
    /// sees DONE. One lookup when nothing of the account's is due. Only a read of the account finishes
    /// its Instant operations (never the processor, a mutation or another account's read): the calls a
    /// client sends before it looks cannot see each other's effects (docs/operations.md).
    /// </summary>
    public Task CatchUpAsync(int accountId, CancellationToken cancellationToken = default) =>
        schedule.AnyDue(accountId, time.GetUtcNow().UtcDateTime) ? AdvanceDueAsync(accountId, cancellationToken) : Task.CompletedTask;

    /// <summary>The background processor's pass: runs what is due except Instant operations.</summary>
    public Task CatchUpProcessorAsync(CancellationToken cancellationToken = default) =>
        schedule.AnyDue(time.GetUtcNow().UtcDateTime) ? AdvanceDueAsync(null, cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// Finishes (as far as their policy lets them) the operations one call queued and answers as
    /// already seen: the legacy <c>vm_create</c> and <c>disk_create</c> answer the new object's id,
    /// so there is no operation to poll. Only these: the account's other operations wait for a read.
    /// </summary>
    public Task FinishAsync(int accountId, IReadOnlyCollection<int> operationIds, CancellationToken cancellationToken = default) =>
        AdvanceDueAsync(accountId, cancellationToken, operationIds);

    /// <summary>
    /// The schedule is memory of the database's due times: read it back. Without taking the write lock:
    /// a refresh may run while this process holds it (a multi-instance store refreshes on entering it).
    /// </summary>
    public Task RefreshAsync(CancellationToken cancellationToken) => ReadScheduleAsync(cancellationToken);

    /// <summary>Reads the schedule back from the database under the write lock (startup: what was pending resumes).</summary>
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        using var entered = await writeLock.EnterAsync(cancellationToken);
        await ReadScheduleAsync(cancellationToken);
    }

    private async Task ReadScheduleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        var accounts = await db.Operations.Where(o => o.DueAt != null).GroupBy(o => o.AccountId)
            .Select(g => new { AccountId = g.Key, Due = g.Min(o => o.DueAt)!.Value }).ToListAsync(cancellationToken);
        schedule.ResetAccounts(accounts.Select(a => KeyValuePair.Create(a.AccountId, a.Due)));
        schedule.Reset(await NextDueAsync(db, null, cancellationToken));
    }

    /// <summary>
    /// Runs what is due: of one account (<paramref name="accountId"/>, every policy), or for the
    /// background processor (null: every account, Instant operations left to their account's reads).
    /// </summary>
    public async Task AdvanceDueAsync(int? accountId, CancellationToken cancellationToken = default, IReadOnlyCollection<int>? only = null)
    {
        using var entered = await writeLock.EnterAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();

        // A step that fails is rolled back whole (StepAsync): EF's savepoint around each save bought nothing
        // and cost two statements per step (two round trips under the lock on PostgreSQL).
        db.Database.AutoSavepointsEnabled = false;
        var now = time.GetUtcNow().UtcDateTime;
        while (true)
        {
            var due = Scope(db, accountId).Where(o => o.DueAt <= now);
            var dueIds = await (only is null ? due : due.Where(o => only.Contains(o.Id)))
                .OrderBy(o => o.DueAt).ThenBy(o => o.Id).Select(o => o.Id).Take(100).ToListAsync(cancellationToken);
            if (dueIds.Count == 0)
            {
                break;
            }

            foreach (var id in dueIds)
            {
                await StepAsync(db, id, now, cancellationToken);
            }
        }

        if (accountId is { } account)
        {
            schedule.ResetAccount(account, await NextDueAsync(db, account, cancellationToken));
        }

        // A step moves its operation's due time: the processor's next one may have moved too.
        schedule.Reset(await NextDueAsync(db, null, cancellationToken));
    }

    // The pending operations of one account, or the processor's: not Instant unless released (Instant
    // operations are the processor's only once released through the control plane or by their polls).
    private IQueryable<Operation> Scope(HostingDbContext db, int? accountId)
    {
        var pending = db.Operations.Where(o => o.DueAt != null);
        if (accountId is { } account)
        {
            return pending.Where(o => o.AccountId == account);
        }

        var instantTypes = policies.InstantTypes();
        return pending.Where(o => o.Released || !instantTypes.Contains(o.Type));
    }

    /// <summary>
    /// Moves one operation of any account one step on now, whatever its policy (the control plane's
    /// <c>advance</c>): <c>WAIT -> RUN</c>, where it then waits to be advanced or released, or <c>RUN -> DONE</c>.
    /// </summary>
    public async Task AdvanceOneAsync(int id, CancellationToken cancellationToken = default)
    {
        using (await writeLock.EnterAsync(cancellationToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
            var now = time.GetUtcNow().UtcDateTime;
            var operation = await db.Operations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
                ?? throw new NotFoundError(ObjectKind.Operation, id);
            if (!operation.IsPending)
            {
                throw new WrongStateError(ObjectKind.Operation, id, WireName.Of(operation.Step), "advance");
            }

            var effect = effects.For(operation.Type);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            operation.SteppedBy(instance.Id);
            if (operation.Step is OperationStep.Bill or OperationStep.Wait)
            {
                operation.Start(now, nextDue: null);
                await effect.OnStartAsync(operation, db, now);
            }
            else
            {
                await effect.OnDoneAsync(operation, db, now);
                operation.Complete(now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            schedule.ResetAccount(operation.AccountId, await NextDueAsync(db, operation.AccountId, cancellationToken));
            schedule.Reset(await NextDueAsync(db, null, cancellationToken));
        }
    }

    private async Task StepAsync(HostingDbContext db, int id, DateTime now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var operation = await db.Operations.SingleAsync(o => o.Id == id, cancellationToken);
        var effect = effects.For(operation.Type);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            operation.SteppedBy(instance.Id);
            if (operation.InjectedError is { } injected)
            {
                await AbandonAsync(db, operation, effect, now, injected);
            }
            else
            {
                if (operation.Step is OperationStep.Bill or OperationStep.Wait)
                {
                    operation.Start(now, operation.Released ? now : policies.For(operation.Type).RunDue(now));
                    await effect.OnStartAsync(operation, db, now);
                }

                if (operation.Step == OperationStep.Run && operation.DueAt <= now)
                {
                    await effect.OnDoneAsync(operation, db, now);

                    operation.Complete(now);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await transaction.RollbackAsync(cancellationToken);
            await FailAsync(db, id, effect, now, e, cancellationToken);
        }
    }

    // A refused transition (or a bug) ends the operation in ERROR, its effect rolled back, in a fresh transaction.
    private async Task FailAsync(HostingDbContext db, int id, IOperationEffect effect, DateTime now, Exception cause, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var operation = await db.Operations.SingleAsync(o => o.Id == id, cancellationToken);
        var message = cause is CoreError error ? errorWording.Describe(error).Text : "internal error";
        if (cause is not CoreError)
        {
            LogStepFailed(cause, operation.Id, operation.Type);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        operation.SteppedBy(instance.Id);
        await AbandonAsync(db, operation, effect, now, message);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task AbandonAsync(HostingDbContext db, Operation operation, IOperationEffect effect, DateTime now, string error)
    {
        operation.Fail(now, error);
        await effect.OnAbandonedAsync(operation, db, now);
    }

    private Task<DateTime?> NextDueAsync(HostingDbContext db, int? accountId, CancellationToken cancellationToken) =>
        Scope(db, accountId).MinAsync(o => o.DueAt, cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Operation {OperationId} ({OperationType}) failed unexpectedly")]
    private partial void LogStepFailed(Exception exception, int operationId, string operationType);
}
