using System.Text.Json.Nodes;
using System.Text.Json;
using HostingApi.Core.Coordination;
using HostingApi.Core.Operations;

namespace HostingApi.Emulator;

/// <summary>
/// <c>GET</c>/<c>PUT /_emulator/policies</c>: how fast operations progress,
/// <c>{"default": {"mode": ...}, "types": {"vm_create": {"mode": ...}}}</c>. A PUT replaces the whole
/// document; a reset puts the configured one back. Modes: Instant, Timed (wait_seconds, run_seconds,
/// on the virtual clock), Held, Polls (polls: DONE at the client's Nth operation.info).
/// </summary>
public static class PolicyEndpoints
{
    private static readonly string[] Modes = Enum.GetNames<OperationMode>();

    public static RouteGroupBuilder MapPolicies(this RouteGroupBuilder control)
    {
        control.MapGet("/policies", (OperationPolicies policies) => Results.Json(Describe(policies.Current)));
        control.MapPut("/policies", async (HttpRequest request, OperationPolicies policies, SharedSettings shared, CancellationToken ct) =>
        {
            string? problem = null;
            var body = await ControlPlaneResults.ReadObjectAsync(request, p => problem = p);
            var parsed = body is null ? null : Parse(body, p => problem = p);
            if (parsed is null)
            {
                return ControlPlaneResults.BadRequest(problem!);
            }

            await shared.ChangeAsync(policies, () => policies.Replace(parsed), ct);
            return Results.Json(Describe(policies.Current));
        });
        return control;
    }

    public static object Describe(OperationQueueOptions options) => new
    {
        @default = Describe(options.Default),
        types = options.Types.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary(t => t.Key, t => Describe(t.Value)),
    };

    private static object Describe(OperationPolicy policy) => new
    {
        mode = policy.Mode.ToString(),
        wait_seconds = policy.WaitSeconds,
        run_seconds = policy.RunSeconds,
        polls = policy.Polls,
    };

    private static OperationQueueOptions? Parse(JsonObject body, Action<string> problem)
    {
        if (body.Select(p => p.Key).FirstOrDefault(k => k is not ("default" or "types")) is { } unknown)
        {
            problem($"unknown field '{unknown}'; accepted: default, types");
            return null;
        }

        var result = new OperationQueueOptions();
        if (body["default"] is { } defaultPolicy)
        {
            if (ParsePolicy(defaultPolicy, "default", problem) is not { } parsed)
            {
                return null;
            }

            result.Default = parsed;
        }

        if (body["types"] is { } types)
        {
            if (types is not JsonObject byType)
            {
                problem("types must be an object of operation type -> policy");
                return null;
            }

            foreach (var (type, node) in byType)
            {
                if (!OperationTypes.All.Contains(type))
                {
                    problem($"unknown operation type '{type}'; known: {string.Join(", ", OperationTypes.All.Order(StringComparer.Ordinal))}");
                    return null;
                }

                if (ParsePolicy(node, $"types.{type}", problem) is not { } parsed)
                {
                    return null;
                }

                result.Types[type] = parsed;
            }
        }

        return result;
    }

    private static OperationPolicy? ParsePolicy(JsonNode? node, string place, Action<string> problem)
    {
        if (node is not JsonObject json)
        {
            problem($"{place} must be an object with mode (and wait_seconds, run_seconds or polls)");
            return null;
        }

        if (json.Select(p => p.Key).FirstOrDefault(k => k is not ("mode" or "wait_seconds" or "run_seconds" or "polls")) is { } unknown)
        {
            problem($"unknown field '{place}.{unknown}'; accepted: mode, wait_seconds, run_seconds, polls");
            return null;
        }

        var policy = new OperationPolicy();
        if (json["mode"] is { } mode)
        {
            if (mode.GetValueKind() != JsonValueKind.String || !Enum.TryParse<OperationMode>((string?)mode, ignoreCase: true, out var parsed) || !Modes.Contains(parsed.ToString()))
            {
                problem($"{place}.mode must be one of {string.Join(", ", Modes)}");
                return null;
            }

            policy.Mode = parsed;
        }

        if (!Number(json, "wait_seconds", place, 0, 86_400 * 365, problem, v => policy.WaitSeconds = v)
            || !Number(json, "run_seconds", place, 0, 86_400 * 365, problem, v => policy.RunSeconds = v)
            || !Number(json, "polls", place, 1, 1_000_000, problem, v => policy.Polls = (int)v, integer: true))
        {
            return null;
        }

        return policy;
    }

    private static bool Number(JsonObject json, string name, string place, double min, double max, Action<string> problem, Action<double> set, bool integer = false)
    {
        if (json[name] is not { } node)
        {
            return true;
        }

        if (node.GetValueKind() != JsonValueKind.Number || (double)node is var value && (value < min || value > max || (integer && value != Math.Floor(value))))
        {
            problem($"{place}.{name} must be {(integer ? "an integer" : "a number")} from {min} to {max}");
            return false;
        }

        set((double)node);
        return true;
    }
}
