using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Services;

namespace HostingApi.Emulator;

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
            // Memory figures for the benchmarks (docs/performance.md): the process as the OS sees it,
            // and the managed heap by generation as of the last collection.
            var gc = GC.GetGCMemoryInfo();
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            return Results.Json(new
            {
                status = "ok",
                working_set_mb = Megabytes(process.WorkingSet64),
                peak_working_set_mb = Megabytes(process.PeakWorkingSet64),
                gc_heap_mb = Megabytes(gc.HeapSizeBytes),
                gc_committed_mb = Megabytes(gc.TotalCommittedBytes),
                gc_generations_mb = gc.GenerationInfo.ToArray().Select(g => Megabytes(g.SizeAfterBytes)).ToArray(),
                gc_count = GC.CollectionCount(0),
                allocated_mb = Megabytes(GC.GetTotalAllocatedBytes()),
            });
        });
        control.MapPost("/operations/{id:int}/release", (int id, OperationService operations, IErrorWording wording, CancellationToken ct) =>
            Control(wording, () => operations.ControlAsync(id, (o, now) => o.Release(now), ct)));
        control.MapPost("/operations/{id:int}/hold", (int id, OperationService operations, IErrorWording wording, CancellationToken ct) =>
            Control(wording, () => operations.ControlAsync(id, (o, _) => o.Hold(), ct)));
        control.MapPost("/operations/{id:int}/fail", (int id, string? error, OperationService operations, IErrorWording wording, CancellationToken ct) =>
            Control(wording, () => operations.ControlAsync(id, (o, now) => o.InjectFailure(error ?? "failure injected through the control plane", now), ct)));
        return app;
    }

    private static double Megabytes(long bytes) => Math.Round(bytes / (1024.0 * 1024.0), 1);

    private static async Task<IResult> Control(IErrorWording wording, Func<Task<Operation>> change)
    {
        try
        {
            var o = await change();
            return Results.Json(new { id = o.Id, type = o.Type, step = WireName.Of(o.Step), last_error = o.LastError });
        }
        catch (CoreError e)
        {
            // The refusal as the API's clients would read it (Gandi: faultCode and faultString).
            var words = wording.Describe(e);
            return Results.Json(new { faultCode = words.Code, faultString = words.Text }, statusCode: StatusCodes.Status409Conflict);
        }
    }
}
