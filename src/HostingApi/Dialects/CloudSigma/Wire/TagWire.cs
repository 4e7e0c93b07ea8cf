using System.Text.Json.Nodes;
using HostingApi.Dialects.CloudSigma.Tags;

namespace HostingApi.Dialects.CloudSigma.Wire;

/// <summary>A tag as CloudSigma's recorded answers show it: <c>{meta, name, owner, resource_uri, resources: [{owner, res_type, resource_uri, uuid}], uuid}</c>.</summary>
public static class TagWire
{
    public static JsonObject Of(TagRecord tag, int accountId, IEnumerable<TaggedObject> objects)
    {
        var owner = Uris.Related("user", Uris.UserUuid(accountId));
        return new JsonObject
        {
            ["meta"] = tag.Meta.DeepClone(),
            ["name"] = tag.Name,
            ["owner"] = owner.DeepClone(),
            ["resource_uri"] = Uris.Of("tags", tag.Uuid),
            ["resources"] = new JsonArray([.. objects.Where(o => o.Tags.Contains(tag.Uuid)).Select(o => (JsonNode?)new JsonObject
            {
                ["owner"] = owner.DeepClone(),
                ["res_type"] = o.ResType,
                ["resource_uri"] = Uris.Of(o.ResType, o.Uuid),
                ["uuid"] = o.Uuid,
            })]),
            ["uuid"] = tag.Uuid,
        };
    }
}
