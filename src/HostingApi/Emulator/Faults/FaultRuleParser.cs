using System.Text.Json;
using HostingApi.Core.Calls;

namespace HostingApi.Emulator.Faults;

/// <summary>
/// Reads a posted rule, <c>{"match": {...}, "action": {...}, "times": N}</c>, refusing anything it
/// does not understand (an unknown field is a typo that would otherwise match every call) with a
/// message naming the field.
/// </summary>
public static class FaultRuleParser
{
    private static readonly string[] RuleFields = ["match", "action", "times"];
    private static readonly string[] MatchFields = ["method", "account", "param", "nth", "every", "probability", "seed", "test_id"];
    private static readonly string[] ParamFields = ["index", "path", "equals"];

    // No match: every call.
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public static FaultRule Parse(JsonElement rule, string id)
    {
        Require(rule.ValueKind == JsonValueKind.Object, "the rule", "a JSON object {\"match\": {...}, \"action\": {...}, \"times\": N}");
        Known(rule, RuleFields, string.Empty);
        var match = rule.TryGetProperty("match", out var m) ? m : EmptyObject;

        Require(match.ValueKind == JsonValueKind.Object, "match", "an object");
        Known(match, MatchFields, "match.");
        Require(rule.TryGetProperty("action", out var action), "action", "required: {\"type\": \"xmlrpc_fault\" | \"http\" | \"drop\" | \"truncate\" | \"delay\", ...}");

        var nth = OptionalPositive(match, "nth", "match.nth");
        var every = OptionalPositive(match, "every", "match.every");
        Require(nth is null || every is null, "match.nth", "not together with match.every");
        var probability = match.TryGetProperty("probability", out var p) ? (double?)Number(p, "match.probability") : null;
        Require(probability is null or (>= 0 and <= 1), "match.probability", "a number from 0 to 1");
        var seed = match.TryGetProperty("seed", out var s) ? (int?)Integer(s, "match.seed", int.MinValue, int.MaxValue) : null;
        Require(seed is null || probability is not null, "match.seed", "only with match.probability");

        return new FaultRule
        {
            Id = id,
            Method = OptionalString(match, "method", "match.method") is { } method ? new Glob(method) : null,
            Account = OptionalString(match, "account", "match.account"),
            TestId = OptionalString(match, "test_id", "match.test_id"),
            Parameter = match.TryGetProperty("param", out var param) ? Parameter(param) : null,
            Nth = nth,
            Every = every,
            Probability = probability,
            Random = probability is null ? null : seed is { } fixedSeed ? new Random(fixedSeed) : new Random(),
            Times = rule.TryGetProperty("times", out var t) && t.ValueKind != JsonValueKind.Null ? Integer(t, "times", 1, long.MaxValue) : null,
            Decision = Decision(action, id),
            MatchJson = match.Clone(),
            ActionJson = action.Clone(),
        };
    }

    private static ParameterMatch Parameter(JsonElement param)
    {
        Require(param.ValueKind == JsonValueKind.Object, "match.param", "an object {\"index\": i, \"path\": \"name\", \"equals\": v}");
        Known(param, ParamFields, "match.param.");
        Require(param.TryGetProperty("index", out var index), "match.param.index", "required: the argument's 0-based position (0 is the API key)");
        var path = OptionalString(param, "path", "match.param.path");
        Require(path is null || !path.Split('.').Contains(string.Empty), "match.param.path", "dotted member names, none empty");
        Require(param.TryGetProperty("equals", out var expected), "match.param.equals", "required: a JSON scalar");
        Require(expected.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array), "match.param.equals", "a JSON scalar (string, number, boolean or null)");
        return new ParameterMatch((int)Integer(index, "match.param.index", 0, 1000), path is null ? [] : path.Split('.'), expected.Clone());
    }

    private static CallDecision Decision(JsonElement action, string id)
    {
        Require(action.ValueKind == JsonValueKind.Object, "action", "an object with a \"type\"");
        var type = OptionalString(action, "type", "action.type");
        switch (type)
        {
            case "xmlrpc_fault":
                Known(action, ["type", "code", "string"], "action.");
                Require(action.TryGetProperty("code", out var code), "action.code", "required: the faultCode (an integer)");
                Require(action.TryGetProperty("string", out _), "action.string", "required: the faultString");
                return new CallDecision
                {
                    Kind = CallActionKind.Fault, RuleId = id, ActionName = type,
                    FaultCode = (int)Integer(code, "action.code", int.MinValue, int.MaxValue),
                    FaultString = OptionalString(action, "string", "action.string")!,
                };
            case "http":
                Known(action, ["type", "status", "retry_after"], "action.");
                Require(action.TryGetProperty("status", out var status), "action.status", "required: an HTTP status from 400 to 599");
                return new CallDecision
                {
                    Kind = CallActionKind.Http, RuleId = id, ActionName = type,
                    HttpStatus = (int)Integer(status, "action.status", 400, 599),
                    RetryAfterSeconds = action.TryGetProperty("retry_after", out var retry) ? (int)Integer(retry, "action.retry_after", 0, 86_400) : null,
                };
            case "drop":
                Known(action, ["type"], "action.");
                return new CallDecision { Kind = CallActionKind.Drop, RuleId = id, ActionName = type };
            case "truncate":
                Known(action, ["type"], "action.");
                return new CallDecision { Kind = CallActionKind.Truncate, RuleId = id, ActionName = type };
            case "delay":
                Known(action, ["type", "ms"], "action.");
                Require(action.TryGetProperty("ms", out var ms), "action.ms", "required: milliseconds to wait (0 to 600000)");
                return new CallDecision
                {
                    Kind = CallActionKind.Delay, RuleId = id, ActionName = type,
                    DelayMilliseconds = (int)Integer(ms, "action.ms", 0, 600_000),
                };
            default:
                throw new FaultRuleException($"action.type: one of xmlrpc_fault, http, drop, truncate, delay (got {(type is null ? "nothing" : $"'{type}'")})");
        }
    }

    private static void Known(JsonElement element, string[] fields, string prefix)
    {
        foreach (var property in element.EnumerateObject())
        {
            Require(fields.Contains(property.Name), prefix + property.Name, $"unknown field; known: {string.Join(", ", fields)}");
        }
    }

    private static string? OptionalString(JsonElement element, string name, string field)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Require(value.ValueKind == JsonValueKind.String, field, "a string");
        return value.GetString();
    }

    private static long? OptionalPositive(JsonElement element, string name, string field) =>
        element.TryGetProperty(name, out var value) ? Integer(value, field, 1, long.MaxValue) : null;

    private static long Integer(JsonElement value, string field, long min, long max)
    {
        Require(value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) && n >= min && n <= max, field,
            max == long.MaxValue ? $"an integer of at least {min}" : $"an integer from {min} to {max}");
        return value.GetInt64();
    }

    private static double Number(JsonElement value, string field)
    {
        Require(value.ValueKind == JsonValueKind.Number, field, "a number");
        return value.GetDouble();
    }

    private static void Require(bool condition, string field, string expected)
    {
        if (!condition)
        {
            throw new FaultRuleException($"{field}: {expected}");
        }
    }
}
