using System.Text.Json.Nodes;

namespace HostingApi.Dialects.CloudSigma.Errors;

/// <summary>CloudSigma's error body: a JSON list of <c>{error_point, error_type, error_message}</c> (libcloud reads the first).</summary>
public static class ErrorBody
{
    public static IResult Of(CloudSigmaError error) => Results.Text(
        new JsonArray(new JsonObject
        {
            ["error_point"] = error.Point,
            ["error_type"] = error.Type,
            ["error_message"] = error.Message,
        }).ToJsonString(),
        "application/json; charset=utf-8",
        statusCode: error.Status);
}
