using System.Globalization;
using System.Text.Json.Nodes;
using HostingApi.Core.Coordination;
using HostingApi.Core.Operations;

namespace HostingApi.Emulator;

/// <summary>
/// <c>GET /_emulator/clock</c> and <c>POST /_emulator/clock</c>: <c>{"mode": "frozen"|"real"}</c>,
/// <c>{"now": "2030-01-01T00:00:00Z"}</c> (a frozen clock stays frozen), <c>{"advance_seconds": N}</c>;
/// given together they apply in that order.
/// </summary>
public static class ClockEndpoints
{
    public static RouteGroupBuilder MapClock(this RouteGroupBuilder control)
    {
        control.MapGet("/clock", (VirtualClock clock) => Results.Json(Describe(clock)));
        control.MapPost("/clock", async (HttpRequest request, VirtualClock clock, SharedSettings shared, OperationSchedule schedule, CancellationToken ct) =>
        {
            string? problem = null;
            var body = await ControlPlaneResults.ReadObjectAsync(request, p => problem = p);
            if (body is null)
            {
                return ControlPlaneResults.BadRequest(problem!);
            }

            if (Validate(body) is { } invalid)
            {
                return ControlPlaneResults.BadRequest(invalid);
            }

            await shared.ChangeAsync(clock, () => Apply(clock, body), ct);

            schedule.Wake(); // what became due on the new time runs now
            return Results.Json(Describe(clock));
        });
        return control;
    }

    private static void Apply(VirtualClock clock, JsonObject body)
    {
        switch ((string?)body["mode"])
        {
            case "frozen":
                clock.Freeze();
                break;
            case "real":
                clock.Real();
                break;
        }

        if (body["now"] is { } now)
        {
            clock.Set(DateTimeOffset.Parse((string)now!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        }

        if (body["advance_seconds"] is { } seconds)
        {
            clock.Advance(TimeSpan.FromSeconds((double)seconds));
        }
    }

    private static object Describe(VirtualClock clock) => new
    {
        mode = clock.IsFrozen ? "frozen" : "real",
        now = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        offset_seconds = Math.Round(clock.Offset.TotalSeconds, 3) + 0.0, // never "-0"
    };

    private static string? Validate(JsonObject body)
    {
        if (body.Select(p => p.Key).FirstOrDefault(k => k is not ("mode" or "now" or "advance_seconds")) is { } unknown)
        {
            return $"unknown field '{unknown}'; accepted: mode, now, advance_seconds";
        }

        if (body["mode"] is { } mode && (mode.GetValueKind() != System.Text.Json.JsonValueKind.String || (string?)mode is not ("frozen" or "real")))
        {
            return "mode must be \"frozen\" or \"real\"";
        }

        if (body["now"] is { } now && (now.GetValueKind() != System.Text.Json.JsonValueKind.String
            || !DateTimeOffset.TryParse((string?)now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            || parsed.Year is < 1970 or > 9000))
        {
            return "now must be an ISO 8601 time in UTC, e.g. \"2030-01-01T00:00:00Z\"";
        }

        if (body["advance_seconds"] is { } advance && (advance.GetValueKind() != System.Text.Json.JsonValueKind.Number
            || Math.Abs((double)advance) > 100 * 365.25 * 86400))
        {
            return "advance_seconds must be a number of seconds (at most 100 years either way)";
        }

        return null;
    }
}
