using HostingApi.Core.Coordination;

namespace HostingApi.Core.Operations;

/// <summary>
/// "The next N operations of type T (of this account) end in ERROR with this <c>last_error</c>":
/// rules the control plane adds (<c>POST /_emulator/operations/rules</c>). Applied when an operation is
/// queued, so they work under every policy, <c>Instant</c> included.
/// </summary>
public sealed class OperationRules : IResettable
{
    private readonly Lock _gate = new();
    private readonly List<OperationRule> _rules = [];
    private int _count; // read without the lock on the hot path (every queued operation): no rules, no work

    public IReadOnlyList<OperationRule> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _rules];
            }
        }
    }

    public OperationRule Add(string type, int? accountId, int count, string lastError)
    {
        lock (_gate)
        {
            var rule = new OperationRule(type, accountId, count, lastError);
            _rules.Add(rule);
            _count = _rules.Count;
            return rule;
        }
    }

    /// <summary>The error the next operation of <paramref name="type"/> for the account must end with, if a rule says so (one firing used).</summary>
    public string? Take(string type, int accountId)
    {
        if (Volatile.Read(ref _count) == 0)
        {
            return null;
        }

        lock (_gate)
        {
            var index = _rules.FindIndex(r => r.Type == type && (r.AccountId is null || r.AccountId == accountId) && r.Left > 0);
            if (index < 0)
            {
                return null;
            }

            var rule = _rules[index];
            _rules[index] = rule with { Left = rule.Left - 1 };
            return rule.LastError;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
            _count = 0;
        }
    }

    public Task ResetAsync(CancellationToken cancellationToken)
    {
        Clear();
        return Task.CompletedTask;
    }
}

/// <summary>One rule and what is left of it.</summary>
public sealed record OperationRule(string Type, int? AccountId, int Left, string LastError);
