using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace HostingApi.Dialects.CloudSigma.Wire;

/// <summary>CloudSigma's related-resource references, <c>{resource_uri, uuid}</c>, and the uuids it needs that the core has not.</summary>
public static class Uris
{
    public const string Prefix = "/api/2.0";

    public static string Of(string collection, string uuid) => $"{Prefix}/{collection}/{uuid}/";

    public static JsonObject Related(string collection, string uuid) => new()
    {
        ["resource_uri"] = Of(collection, uuid),
        ["uuid"] = uuid,
    };

    /// <summary>An account's user uuid: derived from its id, so stable without being stored.</summary>
    public static string UserUuid(int accountId)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes($"cloudsigma-user:{accountId}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x40); // version 4 shape: clients check the form loosely, if at all
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true).ToString();
    }
}
