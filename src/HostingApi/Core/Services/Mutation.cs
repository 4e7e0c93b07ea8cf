using HostingApi.Core.Coordination;
using HostingApi.Core.Domain;
using HostingApi.Core.Operations;
using HostingApi.Core.Persistence;

namespace HostingApi.Core.Services;

/// <summary>
/// The shape of every state change, and the one way to queue an operation: under the write lock, in
/// one transaction, the object moves to its transitional state and its operations are queued (each
/// due as its type's policy says); after the commit the queue is woken. It never finishes an operation:
/// an Instant one waits for a read of its account, so calls sent together cannot see each other's effects.
/// </summary>
public sealed class Mutation(HostingDbContext db, IWriteLock writeLock, OperationPolicies policies, OperationRules rules, PolledOperations polled, OperationSchedule schedule, TimeProvider time)
{
    /// <summary>Runs <paramref name="change"/> (given the time) and answers the one operation it queued.</summary>
    public async Task<Operation> RunAsync(Func<DateTime, Task<Operation>> change, CancellationToken ct) =>
        (await RunAllAsync(async now => [await change(now)], ct))[0];

    /// <summary>Runs <paramref name="change"/> (given the time) and answers the operations it queued (the first one first).</summary>
    public async Task<IReadOnlyList<Operation>> RunAllAsync(Func<DateTime, Task<IReadOnlyList<Operation>>> change, CancellationToken ct)
    {
        var operations = await RunDirectAsync(change, ct);
        foreach (var operation in operations)
        {
            if (operation.PollsLeft > 0)
            {
                polled.Waiting(operation.Id);
            }

            schedule.Consider(operation.AccountId, operation.DueAt, forProcessor: !policies.IsInstant(operation.Type));
        }

        return operations;
    }

    /// <summary>A change with no operation (SSH keys): the same lock and transaction, answering <paramref name="change"/>'s result.</summary>
    public async Task<T> RunDirectAsync<T>(Func<DateTime, Task<T>> change, CancellationToken ct)
    {
        using (await writeLock.EnterAsync(ct))
        {
            // No savepoint around each SaveChanges (two statements each, EF's default inside a transaction):
            // a failed save is never retried within a change, the whole transaction rolls back.
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await change(time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return result;
        }
    }

    /// <summary>
    /// Queues an operation of <paramref name="type"/> (one of <see cref="OperationTypes"/>) about the
    /// objects given, in the current transaction: its policy decides when it is due, and an operation
    /// rule of the control plane may make it end in ERROR.
    /// </summary>
    public Operation Queue(int accountId, string type, DateTime now, int? vmId = null, int? diskId = null, int? ifaceId = null, int? ipId = null)
    {
        var policy = policies.For(type);
        var operation = Operation.Queue(accountId, type, now, policy.FirstDue(now), policy.Eta, vmId, diskId, ifaceId, ipId);
        if (policy.Mode == OperationMode.Polls)
        {
            operation.AwaitPolls(policy.Polls);
        }

        if (rules.Take(type, accountId) is { } error)
        {
            operation.InjectFailure(error, now);
        }

        db.Operations.Add(operation);
        return operation;
    }
}
