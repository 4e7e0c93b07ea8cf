using System.Text.Json.Nodes;
using System.Text.Json;
using HostingApi.Core.Calls;
using HostingApi.Core.Coordination;

namespace HostingApi.Emulator.Faults;

/// <summary>
/// The fault rules, asked before every call. The rules are an immutable array replaced whole on each
/// change (copy on write), so a call reads it once, without a lock: with no rules that one volatile
/// read is the whole cost. The first rule, in the order they were added, that fires decides.
/// Shared by the instances on one database (<see cref="ISharedSetting"/>): the document holds each rule
/// as posted, with its id. A rule that counts (<c>nth</c>, <c>every</c>, <c>times</c>) is counted by the
/// store when it is shared (<see cref="IRuleCounters"/>: one statement per call the rule selects), so the
/// instances count as one; otherwise, and for every other rule, each rule counts in this process's memory.
/// </summary>
public sealed class FaultInjector(IRuleCounters? sharedCounts = null) : ICallInterceptor, ISharedSetting
{
    private readonly Lock _changes = new();
    private volatile FaultRule[] _rules = [];
    private long _lastId;

    public bool IsActive => _rules.Length > 0;

    public IReadOnlyList<FaultRule> Rules => _rules;

    public string Key => "faults";

    public ValueTask<CallDecision> DecideAsync(CallDescription call, CancellationToken cancellationToken)
    {
        var rules = _rules;
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            if (sharedCounts is not null && rule.Counts)
            {
                if (rule.Selects(call))
                {
                    // Only now is there a count to take from the store: every call before this one decided in memory.
                    return SharedAsync(rules, i, call, sharedCounts, cancellationToken);
                }
            }
            else if (rule.TryFire(call))
            {
                return new(rule.Decision);
            }
        }

        return new(CallDecision.None);
    }

    /// <summary>The rules with their counts: the shared ones for the rules the store counts.</summary>
    public async Task<IReadOnlyList<(FaultRule Rule, RuleCount Count)>> ListAsync(CancellationToken cancellationToken)
    {
        var rules = _rules;
        var shared = sharedCounts is null || !rules.Any(r => r.Counts) ? null : await sharedCounts.ReadAsync(cancellationToken);
        return [.. rules.Select(r => (r, shared is not null && r.Counts ? shared.GetValueOrDefault(r.Id) : new RuleCount(r.Seen, r.Fired)))];
    }

    /// <summary>Removes a rule and its shared count; false for an unknown id.</summary>
    public async Task<bool> RemoveAsync(SharedSettings shared, string id, CancellationToken cancellationToken)
    {
        var removed = false;
        await shared.ChangeAsync(this, () => removed = Remove(id), cancellationToken);
        if (removed)
        {
            await ForgetAsync([id], cancellationToken);
        }

        return removed;
    }

    /// <summary>Removes every rule and their shared counts; how many there were.</summary>
    public async Task<int> ClearAsync(SharedSettings shared, CancellationToken cancellationToken)
    {
        FaultRule[] removed = [];
        await shared.ChangeAsync(this, () => removed = Clear(), cancellationToken);
        await ForgetAsync([.. removed.Select(r => r.Id)], cancellationToken);
        return removed.Length;
    }

    /// <summary>The next rule's id: taken inside the shared change, so two instances never give out the same one.</summary>
    public string NextId() => $"fault-{Interlocked.Increment(ref _lastId)}";

    public void Add(FaultRule rule)
    {
        lock (_changes)
        {
            _rules = [.. _rules, rule];
        }
    }

    private bool Remove(string id)
    {
        lock (_changes)
        {
            var kept = _rules.Where(r => r.Id != id).ToArray();
            var removed = kept.Length != _rules.Length;
            _rules = kept;
            return removed;
        }
    }

    private FaultRule[] Clear()
    {
        lock (_changes)
        {
            var removed = _rules;
            _rules = [];
            return removed;
        }
    }

    // A removed rule's row goes with it (its id is never given out again); a reset deletes every row.
    private Task ForgetAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        sharedCounts is null || ids.Count == 0 ? Task.CompletedTask : sharedCounts.ForgetAsync(ids, cancellationToken);

    // From the first rule that needs the store's count on: the same order, the first that fires decides.
    private static async ValueTask<CallDecision> SharedAsync(FaultRule[] rules, int from, CallDescription call, IRuleCounters counters, CancellationToken cancellationToken)
    {
        for (var i = from; i < rules.Length; i++)
        {
            var rule = rules[i];
            if (rule.Counts ? rule.Selects(call) && await rule.TryFireSharedAsync(counters, cancellationToken) : rule.TryFire(call))
            {
                return rule.Decision;
            }
        }

        return CallDecision.None;
    }

    /// <summary><c>{"last_id": N, "rules": [{"id": "fault-1", "match": {...}, "action": {...}, "times": N}]}</c>.</summary>
    public string? Save()
    {
        var rules = new JsonArray();
        foreach (var rule in _rules)
        {
            rules.Add(new JsonObject
            {
                ["id"] = rule.Id,
                ["match"] = JsonNode.Parse(rule.MatchJson.GetRawText()),
                ["action"] = JsonNode.Parse(rule.ActionJson.GetRawText()),
                ["times"] = rule.Times,
            });
        }

        return new JsonObject { ["last_id"] = Interlocked.Read(ref _lastId), ["rules"] = rules }.ToJsonString();
    }

    /// <summary>Another instance's rules: a rule this process already has (ids are never reused) keeps its counters.</summary>
    public void Load(string? document)
    {
        using var json = JsonDocument.Parse(document ?? """{"rules": []}""");
        lock (_changes)
        {
            var kept = _rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
            var rules = new List<FaultRule>();
            foreach (var stored in json.RootElement.GetProperty("rules").EnumerateArray())
            {
                var id = stored.GetProperty("id").GetString()!;
                rules.Add(kept.GetValueOrDefault(id) ?? FaultRuleParser.Parse(Posted(stored), id));
            }

            _rules = [.. rules];
            if (json.RootElement.TryGetProperty("last_id", out var lastId) && lastId.GetInt64() > Interlocked.Read(ref _lastId))
            {
                Interlocked.Exchange(ref _lastId, lastId.GetInt64());
            }
        }
    }

    // The rule as it was posted (match, action, times), for the parser that built it the first time.
    private static JsonElement Posted(JsonElement stored)
    {
        var posted = new JsonObject
        {
            ["match"] = JsonNode.Parse(stored.GetProperty("match").GetRawText()),
            ["action"] = JsonNode.Parse(stored.GetProperty("action").GetRawText()),
        };
        if (stored.TryGetProperty("times", out var times) && times.ValueKind != JsonValueKind.Null)
        {
            posted["times"] = times.GetInt64();
        }

        using var parsed = JsonDocument.Parse(posted.ToJsonString());
        return parsed.RootElement.Clone();
    }
}
