using System.Text.Json;
using System.Text.Json.Nodes;
using HostingApi.Dialects.CloudSigma.Errors;

namespace HostingApi.Dialects.CloudSigma.Wire;

/// <summary>Request bodies: one object, a bare list, or the <c>{"objects": [...]}</c> envelope (all three are sent by real clients).</summary>
public static class JsonBody
{
    /// <summary>The body, or null when it is empty (clone's body is optional).</summary>
    public static async Task<JsonNode?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(ct);
        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
    }

    /// <summary>The objects of a body that may hold several.</summary>
    public static IReadOnlyList<JsonObject> Objects(JsonNode? body) => body switch
    {
        JsonObject o when o["objects"] is JsonArray list => Each(list),
        JsonObject o => [o],
        JsonArray list => Each(list),
        _ => throw CloudSigmaError.Validation("The request body must be a JSON object or a list of objects", "objects"),
    };

    /// <summary>The one object of a body (PUT, resize).</summary>
    public static JsonObject Object(JsonNode? body) => body switch
    {
        JsonObject o when o["objects"] is JsonArray { Count: 1 } list && list[0] is JsonObject only => only,
        JsonObject o => o,
        _ => throw CloudSigmaError.Validation("The request body must be a JSON object"),
    };

    private static List<JsonObject> Each(JsonArray list) =>
        [.. list.Select(item => item as JsonObject ?? throw CloudSigmaError.Validation("Each object must be a JSON object", "objects"))];
}
