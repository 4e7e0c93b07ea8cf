using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Calls;

/// <summary>
/// An XML-RPC value as plain .NET values (long, bool, double, string, DateTime, byte[], dictionaries,
/// lists, null), for the control plane, which knows nothing of the codec. A struct member whose name
/// holds "password" is masked whatever the method, known or not.
/// </summary>
internal static class PlainValue
{
    public const string Mask = "***";

    public static object? Of(XmlRpcValue value, bool maskPasswords = true) => value.Kind switch
    {
        XmlRpcValueKind.Integer => value.AsInt64(),
        XmlRpcValueKind.Boolean => value.AsBoolean(),
        XmlRpcValueKind.String => value.AsString(),
        XmlRpcValueKind.Double => value.AsDouble(),
        XmlRpcValueKind.DateTime => value.AsDateTime(),
        XmlRpcValueKind.Base64 => value.AsBytes(),
        XmlRpcValueKind.Struct => OfStruct(value.AsStruct(), maskPasswords),
        XmlRpcValueKind.Array => value.AsArray().Select(item => Of(item, maskPasswords)).ToList(),
        _ => null,
    };

    public static bool IsPasswordName(string name) => name.Contains("password", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, object?> OfStruct(XmlRpcStruct members, bool maskPasswords)
    {
        var plain = new Dictionary<string, object?>(members.Count, StringComparer.Ordinal);
        foreach (var (name, member) in members)
        {
            plain[name] = maskPasswords && IsPasswordName(name) ? Mask : Of(member, maskPasswords);
        }

        return plain;
    }
}
