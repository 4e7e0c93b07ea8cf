using System.Diagnostics;
using HostingApi.Core.Diagnostics;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.Dialects.Gandi.Rpc.Binding;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Rpc;

/// <summary>
/// Runs one method call: looks the method up, binds and invokes it, turns any failure into a
/// fault, and writes the one structured log line every call gets (method, duration, fault code,
/// API key redacted; never the body). The method name comes from the wire, so it is logged
/// escaped (<see cref="LogValue"/>): one line, bounded.
/// </summary>
public sealed partial class RpcDispatcher(RpcMethodRegistry registry, RpcFaultMapper faults, ILogger<RpcDispatcher> log)
{
    public async ValueTask<RpcOutcome> DispatchAsync(XmlRpcMethodCall call, IServiceProvider services, CancellationToken aborted)
    {
        var started = Stopwatch.GetTimestamp();
        RpcOutcome outcome;
        string? key = null;
        if (!registry.TryGet(call.MethodName, out var method))
        {
            outcome = new RpcOutcome(default, Errors.UnknownMethod(call.MethodName).ToFault(), true);
        }
        else
        {
            if (method.TakesApiKey && call.Parameters.Count > 0 && call.Parameters[0].Kind == XmlRpcValueKind.String)
            {
                key = ApiKey.Redact(call.Parameters[0].AsString());
            }

            try
            {
                var value = await method.InvokeAsync(call.Parameters, new RpcCallContext(services, method.Name, aborted));
                outcome = new RpcOutcome(value, null, method.AllowNil);
            }
            catch (Exception e) when (e is not OperationCanceledException || !aborted.IsCancellationRequested)
            {
                outcome = new RpcOutcome(default, faults.ToFault(e, method, call.Parameters), method.AllowNil);
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (outcome.Fault is { } fault)
        {
            LogFault(LogValue.Escape(call.MethodName), fault.Code, elapsed, key ?? "-");
        }
        else
        {
            LogAnswered(LogValue.Escape(call.MethodName), elapsed, key ?? "-");
        }

        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{RpcMethod} answered in {ElapsedMs:0.000} ms ({ApiKey})")]
    private partial void LogAnswered(string rpcMethod, double elapsedMs, string apiKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "{RpcMethod} faulted {FaultCode} in {ElapsedMs:0.000} ms ({ApiKey})")]
    private partial void LogFault(string rpcMethod, int faultCode, double elapsedMs, string apiKey);
}
