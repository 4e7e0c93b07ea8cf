using System.Diagnostics;
using System.Reflection;
using HostingApi.Core.Coordination;

namespace HostingApi.Emulator;

/// <summary><c>GET /_emulator/health</c> (alive: version, uptime, store, memory) and <c>GET /_emulator/ready</c>.</summary>
public static class HealthEndpoints
{
    private static readonly DateTime Started = DateTime.UtcNow;

    /// <summary>The package version (the informational version without its source hash).</summary>
    public static string Version { get; } =
        (typeof(HealthEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static RouteGroupBuilder MapHealth(this RouteGroupBuilder control)
    {
        control.MapGet("/health", (StoreDescription store, Readiness readiness) =>
        {
            // Memory figures for the benchmarks (docs/performance.md): the process as the OS sees it,
            // and the managed heap by generation as of the last collection.
            var gc = GC.GetGCMemoryInfo();
            using var process = Process.GetCurrentProcess();
            return Results.Json(new
            {
                status = "ok",
                version = Version,
                uptime_seconds = Math.Round((DateTime.UtcNow - Started).TotalSeconds, 1),
                ready = readiness.IsReady,
                store = new { provider = store.Provider, location = store.Location },
                working_set_mb = Megabytes(process.WorkingSet64),
                peak_working_set_mb = Megabytes(process.PeakWorkingSet64),
                gc_heap_mb = Megabytes(gc.HeapSizeBytes),
                gc_committed_mb = Megabytes(gc.TotalCommittedBytes),
                gc_generations_mb = gc.GenerationInfo.ToArray().Select(g => Megabytes(g.SizeAfterBytes)).ToArray(),
                gc_count = GC.CollectionCount(0),
                allocated_mb = Megabytes(GC.GetTotalAllocatedBytes()),
            });
        });
        control.MapGet("/ready", (Readiness readiness) => readiness.IsReady
            ? Results.Json(new { status = "ready" })
            : Results.Json(new { status = "starting", waiting = readiness.Waiting }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return control;
    }

    private static double Megabytes(long bytes) => Math.Round(bytes / (1024.0 * 1024.0), 1);
}
