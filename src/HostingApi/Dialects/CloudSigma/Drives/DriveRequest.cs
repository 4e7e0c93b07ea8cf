using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HostingApi.Dialects.CloudSigma.Errors;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Drives;

/// <summary>
/// The writable fields of a drive in a request; absent ones are null. Read-only fields (uuid, status,
/// owner, runtime ...) are ignored, as a resize sends the whole definition back. <c>size</c> may be a
/// number or a string of digits (pycloudsigma and the seed send strings).
/// </summary>
public sealed record DriveRequest(string? Name, long? SizeBytes, string? Media, JsonObject? Meta, IReadOnlyList<string>? Tags, bool? AllowMultimount, IReadOnlyList<string>? Affinities)
{
    private static readonly string[] MediaChoices = ["cdrom", "disk"];

    public static DriveRequest Parse(JsonObject o) => new(
        Text(o, "name"),
        Size(o),
        ParseMedia(o),
        ParseMeta(o),
        ParseTags(o),
        o["allow_multimount"] is { } multi ? (multi.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? (bool)multi : throw CloudSigmaError.Validation("allow_multimount must be a boolean", "allow_multimount")) : null,
        o["affinities"] is { } affinities ? Strings(affinities, "affinities") : null);

    /// <summary>A create names a name, a size and a media (the schema's required fields).</summary>
    public DriveRequest RequireComplete()
    {
        _ = Name ?? throw CloudSigmaError.Required("name");
        _ = SizeBytes ?? throw CloudSigmaError.Required("size");
        _ = Media ?? throw CloudSigmaError.Required("media");
        return this;
    }

    /// <summary>The attributes after this request: the given ones replace, the others stay (<c>meta</c> is replaced whole).</summary>
    public DriveAttributes Over(DriveAttributes current) => new(
        Media ?? current.Media, Meta ?? current.Meta, Tags ?? current.Tags, AllowMultimount ?? current.AllowMultimount, Affinities ?? current.Affinities);

    private static string? Text(JsonObject o, string field) => o[field] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => (string)v!,
        _ => throw CloudSigmaError.Validation($"{field} must be a string", field),
    };

    private static long? Size(JsonObject o)
    {
        long? size = o["size"] switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n) => n,
            JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<double>(out var d) && d == Math.Floor(d) && d < long.MaxValue => (long)d,
            JsonValue v when v.GetValueKind() == JsonValueKind.String
                && long.TryParse((string)v!, NumberStyles.None, CultureInfo.InvariantCulture, out var s) => s,
            _ => throw CloudSigmaError.Validation("size must be an integer number of bytes", "size"),
        };
        return size is <= 0 ? throw CloudSigmaError.Validation("size must be positive", "size") : size;
    }

    private static string? ParseMedia(JsonObject o)
    {
        var media = Text(o, "media");
        return media is null || MediaChoices.Contains(media)
            ? media
            : throw CloudSigmaError.Validation($"Select a valid choice. {media} is not one of the available choices.", "media");
    }

    private static JsonObject? ParseMeta(JsonObject o) => o["meta"] switch
    {
        null => null,
        JsonObject meta when meta.All(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String) => (JsonObject)meta.DeepClone(),
        _ => throw CloudSigmaError.Validation("meta must be an object of string values", "meta"),
    };

    // Tags come as uuids or as {uuid, resource_uri} objects (the answers' form).
    private static IReadOnlyList<string>? ParseTags(JsonObject o) => o["tags"] switch
    {
        null => null,
        JsonArray list => [.. list.Select(t => t switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => (string)v!,
            JsonObject tag when tag["uuid"] is JsonValue u && u.GetValueKind() == JsonValueKind.String => (string)u!,
            _ => throw CloudSigmaError.Validation("tags must be a list of uuids or {uuid} objects", "tags"),
        })],
        _ => throw CloudSigmaError.Validation("tags must be a list", "tags"),
    };

    private static List<string> Strings(JsonNode node, string field) => node is JsonArray list
        ? [.. list.Select(v => v is JsonValue s && s.GetValueKind() == JsonValueKind.String ? (string)s! : throw CloudSigmaError.Validation($"{field} must be a list of strings", field))]
        : throw CloudSigmaError.Validation($"{field} must be a list of strings", field);
}
