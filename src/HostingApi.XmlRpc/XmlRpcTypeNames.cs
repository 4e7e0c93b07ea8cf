namespace HostingApi.XmlRpc;

/// <summary>The XML-RPC spelling of each value type, as used in signatures and messages.</summary>
public static class XmlRpcTypeNames
{
    /// <summary>The element name of a kind: <c>int</c>, <c>boolean</c>, <c>string</c>, <c>double</c>,
    /// <c>dateTime.iso8601</c>, <c>base64</c>, <c>struct</c>, <c>array</c> or <c>nil</c>.</summary>
    public static string Of(XmlRpcValueKind kind) => kind switch
    {
        XmlRpcValueKind.Integer => "int",
        XmlRpcValueKind.Boolean => "boolean",
        XmlRpcValueKind.String => "string",
        XmlRpcValueKind.Double => "double",
        XmlRpcValueKind.DateTime => "dateTime.iso8601",
        XmlRpcValueKind.Base64 => "base64",
        XmlRpcValueKind.Struct => "struct",
        XmlRpcValueKind.Array => "array",
        _ => "nil",
    };
}
