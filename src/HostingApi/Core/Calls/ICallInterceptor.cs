namespace HostingApi.Core.Calls;

/// <summary>Decides, before a call runs, whether the control plane replaces or delays its answer (fault injection).</summary>
public interface ICallInterceptor
{
    /// <summary>False when there is nothing to decide (no rules): a dialect then skips describing the call at all.</summary>
    bool IsActive { get; }

    CallDecision Decide(CallDescription call);
}
