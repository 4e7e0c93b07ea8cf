using HostingApi.Core.Domain;
using HostingApi.Core.Operations;
using HostingApi.Core.Persistence;

namespace HostingApi.Core.Services;

/// <summary>
/// The shape of every state change: under the write gate, in one transaction, the object moves to
/// its transitional state and its operations are queued; after the commit the queue is woken.
/// </summary>
public sealed class Mutation(HostingDbContext db, WriteGate gate, OperationQueue queue)
{
    /// <summary>Runs <paramref name="change"/> (given the time) and answers the operations it queued (the first one first).</summary>
    public async Task<IReadOnlyList<Operation>> RunAsync(Func<DateTime, Task<IReadOnlyList<Operation>>> change, CancellationToken ct)
    {
        IReadOnlyList<Operation> operations;
        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            operations = await change(queue.Now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        foreach (var operation in operations)
        {
            queue.Committed(operation);
        }

        return operations;
    }

    /// <summary>A change with no operation (SSH keys): the same gate and transaction, answering <paramref name="change"/>'s result.</summary>
    public async Task<T> RunDirectAsync<T>(Func<DateTime, Task<T>> change, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await change(queue.Now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return result;
        }
    }

    /// <summary>Queues an operation in the current transaction (saved with it).</summary>
    public Operation Queue(int accountId, string type, DateTime now, int? vmId = null, int? diskId = null)
    {
        var operation = queue.Create(accountId, type, now, vmId: vmId, diskId: diskId);
        db.Operations.Add(operation);
        return operation;
    }
}
