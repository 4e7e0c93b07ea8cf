using System.Text.Json.Nodes;

namespace HostingApi.Dialects.CloudSigma.Wire;

/// <summary>
/// What a CloudSigma drive has that a core disk has not (<c>media</c>, <c>meta</c>, <c>tags</c>,
/// <c>allow_multimount</c>, <c>affinities</c>), kept as the disk's annotation JSON.
/// </summary>
public sealed record DriveAttributes(string Media, JsonObject Meta, IReadOnlyList<string> Tags, bool AllowMultimount, IReadOnlyList<string> Affinities)
{
    public const string Dialect = "cloudsigma";

    public static DriveAttributes Default => new("disk", [], [], false, []);

    public static DriveAttributes Parse(string? json)
    {
        if (json is null || JsonNode.Parse(json) is not JsonObject o)
        {
            return Default;
        }

        return new(
            (string?)o["media"] ?? "disk",
            o["meta"] as JsonObject is { } meta ? (JsonObject)meta.DeepClone() : [],
            o["tags"] is JsonArray tags ? [.. tags.Select(t => (string?)t).OfType<string>()] : [],
            (bool?)o["allow_multimount"] ?? false,
            o["affinities"] is JsonArray affinities ? [.. affinities.Select(t => (string?)t).OfType<string>()] : []);
    }

    public string ToJson() => new JsonObject
    {
        ["media"] = Media,
        ["meta"] = Meta.DeepClone(),
        ["tags"] = new JsonArray([.. Tags.Select(t => (JsonNode?)t)]),
        ["allow_multimount"] = AllowMultimount,
        ["affinities"] = new JsonArray([.. Affinities.Select(t => (JsonNode?)t)]),
    }.ToJsonString();
}
