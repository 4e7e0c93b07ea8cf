using System.Text.Json;

namespace HostingApi.Emulator.Faults;

/// <summary><c>/_emulator/faults</c>: add, list and remove fault rules (docs/control-plane.md, "Fault injection").</summary>
public static class FaultEndpoints
{
    public static RouteGroupBuilder MapFaults(this RouteGroupBuilder control)
    {
        control.MapPost("/faults", AddAsync);
        control.MapGet("/faults", (FaultInjector faults) => Results.Json(new { rules = faults.Rules.Select(Describe).ToArray() }));
        control.MapDelete("/faults/{id}", (string id, FaultInjector faults) => faults.Remove(id)
            ? Results.Json(new { removed = id })
            : Results.Json(new { error = "not_found", message = $"no fault rule {id}" }, statusCode: StatusCodes.Status404NotFound));
        control.MapDelete("/faults", (FaultInjector faults) => Results.Json(new { removed = faults.Clear() }));
        return control;
    }

    private static async Task<IResult> AddAsync(HttpRequest request, FaultInjector faults, CancellationToken ct)
    {
        FaultRule rule;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            rule = FaultRuleParser.Parse(body.RootElement, faults.NextId());
        }
        catch (JsonException e)
        {
            return BadRule($"the body is not JSON: {e.Message}");
        }
        catch (FaultRuleException e)
        {
            return BadRule(e.Message);
        }

        faults.Add(rule);
        return Results.Json(Describe(rule), statusCode: StatusCodes.Status201Created);
    }

    private static IResult BadRule(string message) =>
        Results.Json(new { error = "bad_rule", message }, statusCode: StatusCodes.Status400BadRequest);

    private static object Describe(FaultRule rule) => new
    {
        id = rule.Id,
        match = rule.MatchJson,
        action = rule.ActionJson,
        times = rule.Times,
        fired = rule.Fired,
        seen = rule.Seen,
    };
}
