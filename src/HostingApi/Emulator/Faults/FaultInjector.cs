using HostingApi.Core.Calls;
using HostingApi.Core.Coordination;

namespace HostingApi.Emulator.Faults;

/// <summary>
/// The fault rules, asked before every call. The rules are an immutable array replaced whole on each
/// change (copy on write), so a call reads it once, without a lock: with no rules that one volatile
/// read is the whole cost. The first rule, in the order they were added, that fires decides.
/// </summary>
public sealed class FaultInjector : ICallInterceptor, IResettable
{
    private readonly Lock _changes = new();
    private volatile FaultRule[] _rules = [];
    private long _lastId;

    public bool IsActive => _rules.Length > 0;

    public IReadOnlyList<FaultRule> Rules => _rules;

    public CallDecision Decide(CallDescription call)
    {
        foreach (var rule in _rules)
        {
            if (rule.TryFire(call))
            {
                return rule.Decision;
            }
        }

        return CallDecision.None;
    }

    public string NextId() => $"fault-{Interlocked.Increment(ref _lastId)}";

    public void Add(FaultRule rule)
    {
        lock (_changes)
        {
            _rules = [.. _rules, rule];
        }
    }

    public bool Remove(string id)
    {
        lock (_changes)
        {
            var kept = _rules.Where(r => r.Id != id).ToArray();
            var removed = kept.Length != _rules.Length;
            _rules = kept;
            return removed;
        }
    }

    public int Clear()
    {
        lock (_changes)
        {
            var count = _rules.Length;
            _rules = [];
            return count;
        }
    }

    public Task ResetAsync(CancellationToken cancellationToken)
    {
        Clear();
        return Task.CompletedTask;
    }
}
