using System.Collections.Frozen;

namespace HostingApi.Emulator.Dashboard;

/// <summary>
/// The stylesheet and the live-update script, embedded in the assembly (nothing to build, nothing
/// fetched from the internet) and read once on first use: a few kilobytes for the process's life.
/// </summary>
public static class DashboardAssets
{
    private static readonly Lazy<FrozenDictionary<string, (byte[] Bytes, string Type)>> Files = new(() => new Dictionary<string, (byte[], string)>
    {
        ["dashboard.css"] = (Read("dashboard.css"), "text/css; charset=utf-8"),
        ["dashboard.js"] = (Read("dashboard.js"), "text/javascript; charset=utf-8"),
    }.ToFrozenDictionary(StringComparer.Ordinal));

    public static IResult Serve(string name, HttpContext context)
    {
        if (!Files.Value.TryGetValue(name, out var file))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=3600";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(file.Bytes, file.Type);
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream($"HostingApi.Emulator.Dashboard.{name}")
            ?? throw new InvalidOperationException($"the dashboard's {name} is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
