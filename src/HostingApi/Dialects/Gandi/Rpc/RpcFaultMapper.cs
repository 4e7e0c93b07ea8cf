using HostingApi.Core.Diagnostics;
using HostingApi.Core.Errors;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Rpc;

/// <summary>
/// The only place where an exception becomes a fault. A <see cref="GandiError"/> travels as it is;
/// anything unexpected is logged with a correlation id that the client also gets (fault 150000),
/// never an HTTP 500.
/// </summary>
public sealed partial class RpcFaultMapper(ILogger<RpcFaultMapper> log)
{
    public XmlRpcFault ToFault(Exception exception, string methodName) => exception switch
    {
        GandiError error => error.ToFault(),
        CoreError error => GandiErrors.From(error).ToFault(),
        XmlRpcFormatException format => Errors.MalformedRequest(format.Message).ToFault(),
        _ => Unexpected(exception, methodName),
    };

    /// <summary>The fault for a call of <paramref name="method"/>: the legacy surface words it its own way.</summary>
    public XmlRpcFault ToFault(Exception exception, RpcMethod method, IReadOnlyList<XmlRpcValue> arguments)
    {
        var fault = ToFault(exception, method.Name);
        return method.Surface == RpcSurface.Legacy ? LegacyFaults.Reword(fault, AsGandiError(exception), method, arguments) : fault;
    }

    private static GandiError? AsGandiError(Exception exception) => exception switch
    {
        GandiError error => error,
        CoreError error => GandiErrors.From(error),
        _ => null,
    };

    private XmlRpcFault Unexpected(Exception exception, string methodName)
    {
        var correlationId = Guid.NewGuid().ToString("N")[..12];
        LogUnexpected(exception, LogValue.Escape(methodName), correlationId);
        return Errors.Internal(correlationId).ToFault();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{RpcMethod} failed unexpectedly; correlation id {CorrelationId}")]
    private partial void LogUnexpected(Exception exception, string rpcMethod, string correlationId);
}

public static class GandiErrorExtensions
{
    /// <summary>The error as an XML-RPC fault: the same code and text.</summary>
    public static XmlRpcFault ToFault(this GandiError error) => new(error.Code, error.FaultString);
}
