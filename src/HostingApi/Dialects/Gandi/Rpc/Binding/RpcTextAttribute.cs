namespace HostingApi.Dialects.Gandi.Rpc.Binding;

/// <summary>What a string parameter or struct member holds, for its length limit (<see cref="TextLimits"/>); without it, any string.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class RpcTextAttribute(TextKind kind) : Attribute
{
    public TextKind Kind => kind;
}

public enum TextKind
{
    /// <summary>Passwords, keys, scripts, descriptions: <c>XmlRpc:MaxStringLength</c>.</summary>
    Any,

    /// <summary>A disk, VLAN or SSH key name: <c>XmlRpc:MaxNameLength</c>.</summary>
    Name,

    /// <summary>A VM hostname: <c>XmlRpc:MaxHostnameLength</c>.</summary>
    Hostname,

    /// <summary>An IP's reverse DNS name: <c>XmlRpc:MaxReverseLength</c>.</summary>
    Reverse,

    /// <summary>A list filter's value (names, labels, addresses): <c>XmlRpc:MaxFilterLength</c>.</summary>
    Filter,
}
