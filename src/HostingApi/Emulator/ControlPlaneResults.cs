using System.Text.Json.Nodes;
using System.Text.Json;

namespace HostingApi.Emulator;

/// <summary>The control plane's answers: snake_case JSON; a refusal is <c>{"error", "message"}</c> with its status.</summary>
internal static class ControlPlaneResults
{
    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "bad_request", message);

    public static IResult NotFound(string message) => Error(StatusCodes.Status404NotFound, "not_found", message);

    public static IResult Conflict(string message) => Error(StatusCodes.Status409Conflict, "conflict", message);

    public static IResult Error(int status, string error, string message) => Results.Json(new { error, message }, statusCode: status);

    /// <summary>The request body as a JSON object (an empty body is an empty object), or null with <paramref name="problem"/> set.</summary>
    public static async Task<JsonObject?> ReadObjectAsync(HttpRequest request, Action<string> problem)
    {
        try
        {
            if (request.ContentLength == 0)
            {
                return [];
            }

            var node = await JsonNode.ParseAsync(request.Body, documentOptions: new JsonDocumentOptions { MaxDepth = 32 });
            switch (node)
            {
                case null:
                    return [];
                case JsonObject json:
                    return json;
                default:
                    problem("the body must be a JSON object");
                    return null;
            }
        }
        catch (JsonException e)
        {
            problem($"the body is not JSON: {e.Message}");
            return null;
        }
    }
}
