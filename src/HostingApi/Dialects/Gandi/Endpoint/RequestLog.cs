namespace HostingApi.Dialects.Gandi.Endpoint;

/// <summary>
/// The log lines of requests that never reach the dispatcher (which logs every call): a malformed
/// document and a body over the limit. Their text comes from the wire, so it is escaped by the caller.
/// </summary>
internal static partial class RequestLog
{
    public const string Category = "HostingApi.Dialects.Gandi.Endpoint.XmlRpcEndpoint";

    [LoggerMessage(Level = LogLevel.Information, Message = "malformed request faulted {FaultCode}: {Reason} (line {Line}, position {Position})")]
    public static partial void Malformed(ILogger logger, int faultCode, string reason, int line, int position);

    [LoggerMessage(Level = LogLevel.Information, Message = "request body refused with 413: larger than {MaxBytes} bytes")]
    public static partial void TooLarge(ILogger logger, int maxBytes);
}
