namespace HostingApi.XmlRpc;

/// <summary>The XML-RPC type of a <see cref="XmlRpcValue"/>.</summary>
public enum XmlRpcValueKind : byte
{
    /// <summary>The nil extension (<c>&lt;nil/&gt;</c>); also the value of <c>default(XmlRpcValue)</c>.</summary>
    Nil = 0,

    /// <summary><c>&lt;int&gt;</c>, <c>&lt;i4&gt;</c> or <c>&lt;i8&gt;</c>; held as a 64-bit integer.</summary>
    Integer,

    /// <summary><c>&lt;boolean&gt;</c>.</summary>
    Boolean,

    /// <summary><c>&lt;string&gt;</c>, or an untyped <c>&lt;value&gt;</c>.</summary>
    String,

    /// <summary><c>&lt;double&gt;</c>.</summary>
    Double,

    /// <summary><c>&lt;dateTime.iso8601&gt;</c>, held in UTC.</summary>
    DateTime,

    /// <summary><c>&lt;base64&gt;</c>.</summary>
    Base64,

    /// <summary><c>&lt;struct&gt;</c>.</summary>
    Struct,

    /// <summary><c>&lt;array&gt;</c>.</summary>
    Array,
}
