using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Rpc;

/// <summary>The result of one call: a value or a fault, and whether its client can read nil.</summary>
public readonly record struct RpcOutcome(XmlRpcValue Value, XmlRpcFault? Fault, bool AllowNil);
