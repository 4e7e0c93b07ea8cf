using HostingApi.Domain;
using HostingApi.Faults;
using HostingApi.Services;

namespace HostingApi.Hosting;

/// <summary>
/// The emulator's own control plane, apart from Gandi's API (as LocalStack's <c>/_localstack</c>):
/// health, and test controls for the operation queue. JSON in and out; loopback like the API.
/// </summary>
public static class EmulatorControl
{
    public static IEndpointRouteBuilder MapEmulatorControl(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/_emulator");
        control.MapGet("/health", () =>
        {
            var gc = GC.GetGCMemoryInfo();
            return Results.Json(new
            {
                status = "ok",
                working_set_mb = Environment.WorkingSet / (1024 * 1024),
                gc_heap_mb = gc.HeapSizeBytes / (1024 * 1024),
                gc_committed_mb = gc.TotalCommittedBytes / (1024 * 1024),
            });
        });
        control.MapPost("/operations/{id:int}/release", (int id, OperationService operations, CancellationToken ct) =>
            Control(() => operations.ControlAsync(id, (o, now) => o.Release(now), ct)));
        control.MapPost("/operations/{id:int}/hold", (int id, OperationService operations, CancellationToken ct) =>
            Control(() => operations.ControlAsync(id, (o, _) => o.Hold(), ct)));
        control.MapPost("/operations/{id:int}/fail", (int id, string? error, OperationService operations, CancellationToken ct) =>
            Control(() => operations.ControlAsync(id, (o, now) => o.InjectFailure(error ?? "failure injected through the control plane", now), ct)));
        return app;
    }

    private static async Task<IResult> Control(Func<Task<Operation>> change)
    {
        try
        {
            var o = await change();
            return Results.Json(new { id = o.Id, type = o.Type, step = WireName.Of(o.Step), last_error = o.LastError });
        }
        catch (GandiError e)
        {
            return Results.Json(new { faultCode = e.Code, faultString = e.FaultString }, statusCode: StatusCodes.Status409Conflict);
        }
    }
}
