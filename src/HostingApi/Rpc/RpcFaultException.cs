using HostingApi.XmlRpc;

namespace HostingApi.Rpc;

/// <summary>Ends a call with a fault the client is meant to see. Thrown by binding and by handlers.</summary>
public sealed class RpcFaultException(XmlRpcFault fault) : Exception(fault.Message)
{
    public XmlRpcFault Fault { get; } = fault;
}
