using System.Text.Json.Nodes;

namespace HostingApi.Dialects.CloudSigma.Tags;

/// <summary>
/// A tag as the dialect keeps it: an annotation of kind <c>Tag</c> (the core has no tag object) numbered
/// within the account, its uuid as the annotation's entity id, its name and meta as the JSON. Which objects
/// carry it is kept on those objects (their <c>tags</c>), the one place a drive's tags already lived.
/// </summary>
public sealed record TagRecord(int Number, string Uuid, string Name, JsonObject Meta)
{
    public static TagRecord Parse(int number, string uuid, string json)
    {
        var o = JsonNode.Parse(json) as JsonObject ?? [];
        return new(number, uuid, (string?)o["name"] ?? "", o["meta"] is JsonObject meta ? (JsonObject)meta.DeepClone() : []);
    }

    public string ToJson() => new JsonObject { ["name"] = Name, ["meta"] = Meta.DeepClone() }.ToJsonString();
}
