using HostingApi.Core.Domain;

namespace HostingApi.Core.Operations;

/// <summary>
/// What a service uses to put an operation on the queue: the policy of its type decides when it
/// is due; once the service's transaction commits, <see cref="Committed"/> wakes the processor.
/// </summary>
public sealed class OperationQueue(OperationQueueOptions options, OperationSchedule schedule, TimeProvider time)
{
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public Operation Create(int accountId, string type, DateTime now, int? vmId = null, int? diskId = null, int? ifaceId = null, int? ipId = null)
    {
        var policy = options.For(type);
        return Operation.Queue(accountId, type, now, policy.FirstDue(now), policy.Eta, vmId, diskId, ifaceId, ipId);
    }

    public void Committed(Operation operation) => schedule.Consider(operation.DueAt);
}
