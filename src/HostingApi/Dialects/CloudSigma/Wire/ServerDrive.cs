using System.Text.Json.Nodes;

namespace HostingApi.Dialects.CloudSigma.Wire;

/// <summary>
/// One drive of a server definition: which drive, on which <c>dev_channel</c> ("controller:unit") of which
/// <c>device</c> (ide, virtio), and its <c>boot_order</c> (null: not a boot drive).
/// </summary>
public sealed record ServerDrive(string Uuid, string DevChannel, string Device, int? BootOrder)
{
    public JsonObject ToJson() => new()
    {
        ["boot_order"] = BootOrder,
        ["dev_channel"] = DevChannel,
        ["device"] = Device,
        ["drive"] = Uuid,
    };

    public static ServerDrive? Parse(JsonNode? node) => node is JsonObject o && (string?)o["drive"] is { } uuid
        ? new ServerDrive(uuid, (string?)o["dev_channel"] ?? "0:0", (string?)o["device"] ?? "virtio", (int?)o["boot_order"])
        : null;
}
