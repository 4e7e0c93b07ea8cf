using System.Text.Json.Nodes;

namespace HostingApi.Dialects.CloudSigma.Wire;

/// <summary>
/// CloudSigma's list answer <c>{meta: {limit, offset, total_count}, objects}</c>, with <c>fields=</c>
/// keeping only the named keys of each object (the <c>meta</c> block stays), and the <c>{objects}</c>
/// wrapper of create, clone and resize answers.
/// </summary>
public static class ListEnvelope
{
    public static JsonObject Of(IEnumerable<JsonObject> objects, Paging paging, int totalCount, IReadOnlyList<string>? fields) => new()
    {
        ["meta"] = new JsonObject
        {
            ["limit"] = paging.Limit,
            ["offset"] = paging.Offset,
            ["total_count"] = totalCount,
        },
        ["objects"] = new JsonArray([.. objects.Select(o => (JsonNode?)Select(o, fields))]),
    };

    public static JsonObject Objects(IEnumerable<JsonObject> objects) => new()
    {
        ["objects"] = new JsonArray([.. objects.Select(o => (JsonNode?)o)]),
    };

    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(), "application/json; charset=utf-8", statusCode: status);

    private static JsonObject Select(JsonObject o, IReadOnlyList<string>? fields)
    {
        if (fields is not { Count: > 0 })
        {
            return o;
        }

        var selected = new JsonObject();
        foreach (var field in fields)
        {
            if (o[field] is { } value)
            {
                selected[field] = value.DeepClone();
            }
            else if (o.ContainsKey(field))
            {
                selected[field] = null;
            }
        }

        return selected;
    }
}
