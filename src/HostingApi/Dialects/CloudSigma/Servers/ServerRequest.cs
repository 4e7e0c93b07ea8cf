using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HostingApi.Dialects.CloudSigma.Errors;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Servers;

/// <summary>
/// The writable fields of a server in a request; absent ones are null. Read-only fields (uuid, status,
/// runtime, owner ...) are ignored: libcloud sends a GET answer back whole. A drive entry's <c>drive</c>
/// is a uuid or a <c>{uuid}</c> object; a NIC is kept as defined, without its runtime and MAC.
/// </summary>
public sealed partial record ServerRequest(
    string? Name, long? Cpu, long? Mem, int? Smp, string? VncPassword, JsonObject? Meta, IReadOnlyList<string>? Tags, JsonArray? Nics, IReadOnlyList<ServerDrive>? Drives)
{
    private static readonly string[] Devices = ["ide", "virtio"];

    public static ServerRequest Parse(JsonObject o) => new(
        Text(o, "name"),
        Integer(o, "cpu"),
        Integer(o, "mem"),
        Integer(o, "smp") is { } smp ? (int)Math.Min(smp, int.MaxValue) : null,
        Text(o, "vnc_password"),
        ParseMeta(o),
        ParseTags(o),
        ParseNics(o),
        ParseDrives(o));

    /// <summary>A create names a name, a cpu, a mem and a VNC password (the schema's required fields).</summary>
    public ServerRequest RequireComplete()
    {
        _ = Name ?? throw CloudSigmaError.Required("name");
        _ = Cpu ?? throw CloudSigmaError.Required("cpu");
        _ = Mem ?? throw CloudSigmaError.Required("mem");
        _ = VncPassword ?? throw CloudSigmaError.Required("vnc_password");
        return this;
    }

    /// <summary>The attributes after this request: given ones replace (meta, nics and drives whole), the others stay.</summary>
    public ServerAttributes Over(ServerAttributes current) => new(
        Cpu ?? current.Cpu, Mem ?? current.Mem, VncPassword ?? current.VncPassword, Meta ?? current.Meta,
        Tags ?? current.Tags, Nics ?? current.Nics, Drives ?? current.Drives);

    /// <summary>What a running server may still change: its name, meta and tags (CloudSigma ignores the rest).</summary>
    public ServerRequest OnlyWhileRunning() => new(Name, null, null, null, null, Meta, Tags, null, null);

    private static string? Text(JsonObject o, string field) => o[field] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => (string)v!,
        _ => throw CloudSigmaError.Validation($"{field} must be a string", field),
    };

    private static long? Integer(JsonObject o, string field)
    {
        long? value = o[field] switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n) => n,
            JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<double>(out var d) && d == Math.Floor(d) && d < long.MaxValue => (long)d,
            JsonValue v when v.GetValueKind() == JsonValueKind.String
                && long.TryParse((string)v!, NumberStyles.None, CultureInfo.InvariantCulture, out var s) => s,
            _ => throw CloudSigmaError.Validation($"{field} must be an integer", field),
        };
        return value is <= 0 ? throw CloudSigmaError.Validation($"{field} must be positive", field) : value;
    }

    private static JsonObject? ParseMeta(JsonObject o) => o["meta"] switch
    {
        null => null,
        JsonObject meta when meta.All(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String) => (JsonObject)meta.DeepClone(),
        _ => throw CloudSigmaError.Validation("meta must be an object of string values", "meta"),
    };

    // Tags come as uuids or as {uuid, resource_uri} objects (the answers' form).
    private static List<string>? ParseTags(JsonObject o) => o["tags"] switch
    {
        null => null,
        JsonArray list => [.. list.Select(t => Uuid(t) ?? throw CloudSigmaError.Validation("tags must be a list of uuids or {uuid} objects", "tags"))],
        _ => throw CloudSigmaError.Validation("tags must be a list", "tags"),
    };

    private static JsonArray? ParseNics(JsonObject o) => o["nics"] switch
    {
        null => null,
        JsonArray list => [.. list.Select(nic =>
        {
            if (nic is not JsonObject defined)
            {
                throw CloudSigmaError.Validation("Each NIC must be an object", "nics");
            }

            var kept = (JsonObject)defined.DeepClone();
            kept.Remove("runtime");
            kept.Remove("mac");
            return (JsonNode?)kept;
        })],
        _ => throw CloudSigmaError.Validation("nics must be a list", "nics"),
    };

    private static List<ServerDrive>? ParseDrives(JsonObject o)
    {
        if (o["drives"] is null)
        {
            return null;
        }

        if (o["drives"] is not JsonArray list)
        {
            throw CloudSigmaError.Validation("drives must be a list", "drives");
        }

        var drives = list.Select(ParseDrive).ToList();
        if (drives.GroupBy(d => d.Uuid).Any(g => g.Count() > 1))
        {
            throw CloudSigmaError.Validation("A drive can be attached once to a server", "drives");
        }

        return drives.GroupBy(d => (d.Device, d.DevChannel)).Any(g => g.Count() > 1)
            ? throw CloudSigmaError.Validation("Two drives are on the same device channel", "drives")
            : drives;
    }

    private static ServerDrive ParseDrive(JsonNode? node)
    {
        if (node is not JsonObject entry)
        {
            throw CloudSigmaError.Validation("Each drive must be an object", "drives");
        }

        var uuid = Uuid(entry["drive"]) ?? throw CloudSigmaError.Required("drive");
        var channel = Text(entry, "dev_channel") ?? throw CloudSigmaError.Required("dev_channel");
        var device = Text(entry, "device") ?? throw CloudSigmaError.Required("device");
        if (!Channel().IsMatch(channel))
        {
            throw CloudSigmaError.Validation($"dev_channel must be controller:unit, not '{channel}'", "dev_channel");
        }

        if (!Devices.Contains(device))
        {
            throw CloudSigmaError.Validation($"Select a valid choice. {device} is not one of the available choices.", "device");
        }

        int? bootOrder = entry["boot_order"] switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) && n > 0 => n,
            _ => throw CloudSigmaError.Validation("boot_order must be a positive integer or null", "boot_order"),
        };
        return new ServerDrive(uuid, channel, device, bootOrder);
    }

    private static string? Uuid(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => (string)v!,
        JsonObject related when related["uuid"] is JsonValue u && u.GetValueKind() == JsonValueKind.String => (string)u!,
        _ => null,
    };

    [GeneratedRegex(@"^\d{1,3}:\d{1,3}$")]
    private static partial Regex Channel();
}
