using HostingApi.Rpc.Faults;
using HostingApi.XmlRpc;

namespace HostingApi.Rpc;

/// <summary>
/// The only place where an exception becomes a fault. Anything unexpected is logged with a
/// correlation id that the client also gets (fault 150000), never an HTTP 500.
/// </summary>
public sealed partial class RpcFaultMapper(ILogger<RpcFaultMapper> log)
{
    public XmlRpcFault ToFault(Exception exception, string methodName) => exception switch
    {
        RpcFaultException fault => fault.Fault,
        XmlRpcFormatException format => GandiFaults.MalformedRequest(format.Message),
        _ => Unexpected(exception, methodName),
    };

    private XmlRpcFault Unexpected(Exception exception, string methodName)
    {
        var correlationId = Guid.NewGuid().ToString("N")[..12];
        LogUnexpected(exception, methodName, correlationId);
        return GandiFaults.Internal(correlationId);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{RpcMethod} failed unexpectedly; correlation id {CorrelationId}")]
    private partial void LogUnexpected(Exception exception, string rpcMethod, string correlationId);
}
