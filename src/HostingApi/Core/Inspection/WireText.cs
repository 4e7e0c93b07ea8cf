using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HostingApi.Core.Inspection;

/// <summary>
/// A field of a dialect's own answer as an inspector shows it: the text the wire carries (<c>true</c>,
/// <c>15</c>, a uuid), so a kind can fill its rows from the very object its API answers and say nothing else.
/// </summary>
public static class WireText
{
    /// <summary>The answer object as JSON (an anonymous object or a <see cref="JsonObject"/>).</summary>
    public static JsonObject Of(object resource) =>
        resource as JsonObject ?? JsonSerializer.SerializeToNode(resource) as JsonObject ?? throw new ArgumentException("not a JSON object", nameof(resource));

    /// <summary>null as empty, a string as itself, other values as JSON writes them; a list joined with commas (a related object by its uuid).</summary>
    public static string Of(JsonNode? value) => value switch
    {
        null => "",
        JsonArray list => string.Join(", ", list.Select(item => item is JsonObject related && related["uuid"] is { } uuid ? Of(uuid) : Of(item))),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => value.ToJsonString(),
    };

    /// <summary>A byte count as the wire has it, and in GiB for a person.</summary>
    public static string Bytes(long bytes) =>
        $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes ({(bytes / (double)(1L << 30)).ToString("0.##", CultureInfo.InvariantCulture)} GiB)";
}
