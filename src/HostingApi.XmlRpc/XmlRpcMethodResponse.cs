using System.Diagnostics.CodeAnalysis;

namespace HostingApi.XmlRpc;

/// <summary>A parsed <c>&lt;methodResponse&gt;</c>: either a value or a fault.</summary>
public sealed class XmlRpcMethodResponse
{
    private XmlRpcMethodResponse(XmlRpcValue value, XmlRpcFault? fault)
    {
        Value = value;
        Fault = fault;
    }

    /// <summary>The returned value (nil when the response is a fault).</summary>
    public XmlRpcValue Value { get; }

    /// <summary>The fault, when the call failed.</summary>
    public XmlRpcFault? Fault { get; }

    /// <summary>True when the response carries a fault.</summary>
    [MemberNotNullWhen(true, nameof(Fault))]
    public bool IsFault => Fault is not null;

    /// <summary>A successful response.</summary>
    public static XmlRpcMethodResponse Success(XmlRpcValue value) => new(value, null);

    /// <summary>A fault response.</summary>
    public static XmlRpcMethodResponse Failure(XmlRpcFault fault) => new(default, fault);
}
