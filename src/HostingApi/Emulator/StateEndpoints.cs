using System.Text.Json.Nodes;
using System.Text.Json;
using HostingApi.Core.Coordination;

namespace HostingApi.Emulator;

/// <summary>
/// Reset, export, import and named snapshots of the whole state: <c>POST /_emulator/reset</c>,
/// <c>GET</c>/<c>POST /_emulator/state</c>, <c>POST /_emulator/snapshots/{name}</c> (save),
/// <c>POST /_emulator/snapshots/{name}/restore</c>, <c>GET /_emulator/snapshots</c>, <c>DELETE /_emulator/snapshots/{name}</c>.
/// </summary>
public static class StateEndpoints
{
    public static RouteGroupBuilder MapState(this RouteGroupBuilder control)
    {
        control.MapPost("/reset", async (ControlPlaneReset reset, CancellationToken ct) =>
        {
            await reset.ResetAsync(ct);
            return Results.Json(new { status = "reset" });
        });
        control.MapGet("/state", async (IStateStore store, CancellationToken ct) => Results.Json(StateJson.ToJson(await store.ExportAsync(ct))));
        control.MapPost("/state", async (HttpRequest request, ControlPlaneReset reset, CancellationToken ct) =>
        {
            StateDocument state;
            try
            {
                state = StateJson.Parse(await JsonNode.ParseAsync(request.Body, cancellationToken: ct));
            }
            catch (Exception e) when (e is JsonException or InvalidDataException)
            {
                return ControlPlaneResults.BadRequest(e.Message);
            }

            return await ReplaceAsync(reset, state, ct);
        });
        control.MapGet("/snapshots", (Snapshots snapshots) => Results.Json(snapshots.All.Select(s => new { name = s.Name, saved_at = s.Snapshot.SavedAt, rows = s.Snapshot.Rows })));
        control.MapPost("/snapshots/{name}", async (string name, IStateStore store, Snapshots snapshots, TimeProvider time, CancellationToken ct) =>
        {
            if (!IsName(name))
            {
                return ControlPlaneResults.BadRequest("a snapshot name is 1 to 100 letters, digits, '-', '_' or '.'");
            }

            snapshots.Save(name, await store.ExportAsync(ct), time.GetUtcNow().UtcDateTime);
            return Results.Json(new { name, status = "saved" }, statusCode: StatusCodes.Status201Created);
        });
        control.MapPost("/snapshots/{name}/restore", async (string name, Snapshots snapshots, ControlPlaneReset reset, CancellationToken ct) =>
            snapshots.Find(name) is { } state ? await ReplaceAsync(reset, state, ct) : ControlPlaneResults.NotFound($"no snapshot named '{name}'"));
        control.MapDelete("/snapshots/{name}", (string name, Snapshots snapshots) =>
            snapshots.Delete(name) ? Results.NoContent() : ControlPlaneResults.NotFound($"no snapshot named '{name}'"));
        return control;
    }

    private static async Task<IResult> ReplaceAsync(ControlPlaneReset reset, StateDocument state, CancellationToken ct)
    {
        try
        {
            await reset.ReplaceAsync(state, ct);
            return Results.Json(new { status = "restored", rows = state.Tables.Values.Sum(t => t.Count) });
        }
        catch (InvalidDataException e)
        {
            return ControlPlaneResults.BadRequest(e.Message);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or FormatException or OverflowException || e.GetType().Name is "DbUpdateException")
        {
            return ControlPlaneResults.BadRequest($"the state does not fit the schema: {e.Message}");
        }
    }

    /// <summary>Whether <paramref name="name"/> may name a snapshot (the dashboard's form asks the same).</summary>
    public static bool IsName(string name) => name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
