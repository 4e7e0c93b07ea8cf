using HostingApi.Dialects.Gandi.Rpc.Binding;

namespace HostingApi.Dialects.Gandi.Rpc;

/// <summary>One positional XML-RPC parameter of a method: its wire name and type, and how it binds.</summary>
public sealed record RpcParameter(string Name, ValueConverter Converter, bool IsOptional, object? DefaultValue, ArgumentPlace Place)
{
    public string XmlRpcType => Converter.XmlRpcType;

    public override string ToString() => $"{XmlRpcType} {Name}";
}
