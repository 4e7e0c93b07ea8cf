using System.Text.Json;
using HostingApi.Core.Calls;
using HostingApi.Core.Coordination;

namespace HostingApi.Emulator.Faults;

/// <summary><c>/_emulator/faults</c>: add, list and remove fault rules (docs/control-plane.md, "Fault injection").</summary>
public static class FaultEndpoints
{
    public static RouteGroupBuilder MapFaults(this RouteGroupBuilder control)
    {
        control.MapPost("/faults", AddAsync);
        control.MapGet("/faults", async (FaultInjector faults, CancellationToken ct) =>
            Results.Json(new { rules = (await faults.ListAsync(ct)).Select(r => Describe(r.Rule, r.Count)).ToArray() }));
        control.MapDelete("/faults/{id}", async (string id, FaultInjector faults, SharedSettings shared, CancellationToken ct) =>
            await faults.RemoveAsync(shared, id, ct)
                ? Results.Json(new { removed = id })
                : Results.Json(new { error = "not_found", message = $"no fault rule {id}" }, statusCode: StatusCodes.Status404NotFound));
        control.MapDelete("/faults", async (FaultInjector faults, SharedSettings shared, CancellationToken ct) =>
            Results.Json(new { removed = await faults.ClearAsync(shared, ct) }));
        return control;
    }

    private static async Task<IResult> AddAsync(HttpRequest request, FaultInjector faults, SharedSettings shared, CancellationToken ct)
    {
        FaultRule? rule = null;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            FaultRuleParser.Parse(body.RootElement, "checked"); // refused here, before the write lock is taken

            // The id is given out inside the change: after catching up with the other instances' rules.
            await shared.ChangeAsync(faults, () => faults.Add(rule = FaultRuleParser.Parse(body.RootElement, faults.NextId())), ct);
        }
        catch (JsonException e)
        {
            return BadRule($"the body is not JSON: {e.Message}");
        }
        catch (FaultRuleException e)
        {
            return BadRule(e.Message);
        }

        return Results.Json(Describe(rule!, default), statusCode: StatusCodes.Status201Created);
    }

    private static IResult BadRule(string message) =>
        Results.Json(new { error = "bad_rule", message }, statusCode: StatusCodes.Status400BadRequest);

    private static object Describe(FaultRule rule, RuleCount count) => new
    {
        id = rule.Id,
        match = rule.MatchJson,
        action = rule.ActionJson,
        times = rule.Times,
        fired = count.Fired,
        seen = count.Seen,
    };
}
