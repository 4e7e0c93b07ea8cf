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
/// as posted, with its id; each instance counts the calls it serves itself (<c>seen</c>, <c>fired</c>,
/// and so <c>nth</c>, <c>every</c> and <c>times</c>), since sharing a count would cost a write per call.
/// </summary>
public sealed class FaultInjector : ICallInterceptor, ISharedSetting
{
    private readonly Lock _changes = new();
    private volatile FaultRule[] _rules = [];
    private long _lastId;

    public bool IsActive => _rules.Length > 0;

    public IReadOnlyList<FaultRule> Rules => _rules;

    public string Key => "faults";

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

    /// <summary>The next rule's id: taken inside the shared change, so two instances never give out the same one.</summary>
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
