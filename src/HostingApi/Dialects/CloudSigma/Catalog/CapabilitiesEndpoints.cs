using System.Text.Json.Nodes;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Catalog;

/// <summary>
/// <c>GET /api/2.0/capabilities/</c>: the limits of the location. The drive sizes are the ones the
/// emulated storage accepts (terraform's provider refuses less than 512 MiB; the maximum is ours).
/// </summary>
public static class CapabilitiesEndpoints
{
    private const long MinDrive = 512L * 1024 * 1024;
    private const long MaxDrive = 100L * 1024 * 1024 * 1024 * 1024;

    public static RouteGroupBuilder MapCapabilities(this RouteGroupBuilder api)
    {
        api.MapGet("/capabilities/", () => ListEnvelope.Json(new JsonObject
        {
            ["drives"] = new JsonObject
            {
                [DriveWire.StorageType] = new JsonObject { ["min_size"] = MinDrive, ["max_size"] = MaxDrive },
            },
            ["servers"] = new JsonObject
            {
                ["cpu"] = new JsonObject { ["min"] = 250, ["max"] = 80000 },
                ["cpu_per_smp"] = new JsonObject { ["min"] = 250, ["max"] = 5000 },
                ["mem"] = new JsonObject { ["min"] = 268435456, ["max"] = 137438953472 },
                ["smp"] = new JsonObject { ["min"] = 1, ["max"] = 40 },
            },
        }));
        return api;
    }
}
