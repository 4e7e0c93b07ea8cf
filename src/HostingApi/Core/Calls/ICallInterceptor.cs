namespace HostingApi.Core.Calls;

/// <summary>Decides, before a call runs, whether the control plane replaces or delays its answer (fault injection).</summary>
public interface ICallInterceptor
{
    /// <summary>False when there is nothing to decide (no rules): a dialect then skips describing the call at all.</summary>
    bool IsActive { get; }

    /// <summary>
    /// Completes at once unless a rule's count is held by a shared store (a database statement): a call on
    /// one process, or one no counting rule selects, never waits.
    /// </summary>
    ValueTask<CallDecision> DecideAsync(CallDescription call, CancellationToken cancellationToken);
}
