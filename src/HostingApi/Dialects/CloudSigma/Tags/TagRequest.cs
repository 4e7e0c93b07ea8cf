using System.Text.Json;
using System.Text.Json.Nodes;
using HostingApi.Dialects.CloudSigma.Errors;

namespace HostingApi.Dialects.CloudSigma.Tags;

/// <summary>A tag's writable fields in a request (absent: null): <c>name</c>, <c>meta</c>, <c>resources</c> (uuids or <c>{uuid}</c> objects).</summary>
public sealed record TagRequest(string? Name, JsonObject? Meta, IReadOnlyList<string>? Resources)
{
    public static TagRequest Parse(JsonObject o) => new(
        o["name"] switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => (string)v!,
            _ => throw CloudSigmaError.Validation("name must be a string", "name"),
        },
        o["meta"] switch
        {
            null => null,
            JsonObject meta when meta.All(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String) => (JsonObject)meta.DeepClone(),
            _ => throw CloudSigmaError.Validation("meta must be an object of string values", "meta"),
        },
        ParseResources(o["resources"]));

    public static IReadOnlyList<string>? ParseResources(JsonNode? node) => node switch
    {
        null => null,
        JsonArray list => [.. list.Select(r => r switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => (string)v!,
            JsonObject related when related["uuid"] is JsonValue u && u.GetValueKind() == JsonValueKind.String => (string)u!,
            _ => throw CloudSigmaError.Validation("resources must be a list of uuids or {uuid} objects", "resources"),
        }).Distinct()],
        _ => throw CloudSigmaError.Validation("resources must be a list", "resources"),
    };
}
