using System.Diagnostics;
using HostingApi.Core.Calls;
using HostingApi.Core.Diagnostics;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Calls;

/// <summary>
/// One call as the control plane sees it: asked of the fault rules before it runs, written to the
/// journal once answered. Only made when a rule or the journal wants it (<see cref="Start"/> is null
/// otherwise), so a server with neither pays two reads per call.
/// </summary>
internal sealed class ObservedCall
{
    public const string Dialect = "gandi";

    /// <summary>The request header that scopes rules and journal entries to one test.</summary>
    public const string TestIdHeader = "X-Emulator-Test-Id";

    private readonly ICallInterceptor? _interceptor;
    private readonly ICallJournal? _journal;
    private readonly RpcMethodRegistry _registry;
    private readonly RpcMethod? _method;
    private readonly GandiCallValues _values;
    private readonly CallDescription _description;
    private readonly long _started;

    private ObservedCall(ICallInterceptor? interceptor, ICallJournal? journal, RpcMethodRegistry registry, XmlRpcMethodCall call, string? testId, long started)
    {
        _interceptor = interceptor;
        _journal = journal;
        _registry = registry;
        _registry.TryGet(call.MethodName, out _method);
        _values = new GandiCallValues(registry, _method, call.Parameters);
        _description = new CallDescription(Dialect, call.MethodName, GandiCallValues.Credential(_method, call.Parameters), testId, _values);
        _started = started;
    }

    public static ObservedCall? Start(HttpContext context, XmlRpcMethodCall call, long started)
    {
        var services = context.RequestServices;
        var interceptor = services.GetService<ICallInterceptor>();
        var journal = services.GetService<ICallJournal>();
        if (interceptor?.IsActive != true && journal?.IsEnabled != true)
        {
            return null;
        }

        return new ObservedCall(interceptor, journal, services.GetRequiredService<RpcMethodRegistry>(), call, TestId(context), started);
    }

    public ValueTask<CallDecision> DecideAsync(CancellationToken cancellationToken) =>
        _interceptor is { IsActive: true } rules ? rules.DecideAsync(_description, cancellationToken) : new(CallDecision.None);

    /// <summary>Writes the call down: its answer or fault, the rule that fired, why it did not fit a method.</summary>
    public void Finish(RpcOutcome outcome, CallDecision decision, int? httpStatus = null)
    {
        if (_journal is not { IsEnabled: true } journal)
        {
            return;
        }

        _values.Result = outcome.Fault is null ? outcome.Value : default;
        _values.KeepOnlyWhatIsSmall();
        var credential = _description.Credential;
        var fault = outcome.Fault;
        journal.Record(new CallRecord
        {
            Dialect = Dialect,
            Method = _description.Method,
            Account = credential is null ? null : SecretTag.Of(credential),
            Values = _values,
            FaultCode = fault?.Code,
            FaultString = fault is null ? null : WithoutSecret(fault.Message, credential),
            DurationMs = Stopwatch.GetElapsedTime(_started).TotalMilliseconds,
            FaultRule = decision.RuleId,
            FaultAction = decision.RuleId is null ? null : decision.ActionName,
            HttpStatus = httpStatus,
            TestId = _description.TestId,
            Unmatched = fault is null || decision.Kind == CallActionKind.Fault ? null : UnmatchedCalls.Of(_registry, _description.Method, _method, fault),
        });
    }

    /// <summary>A request that was not a call at all (malformed, too large): journalled and listed as unmatched.</summary>
    public static void RecordRefused(HttpContext context, long started, UnmatchedReason reason, XmlRpcFault? fault, int? httpStatus)
    {
        if (context.RequestServices.GetService<ICallJournal>() is not { IsEnabled: true } journal)
        {
            return;
        }

        journal.Record(new CallRecord
        {
            Dialect = Dialect,
            FaultCode = fault?.Code,
            FaultString = fault?.Message,
            DurationMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            HttpStatus = httpStatus,
            TestId = TestId(context),
            Unmatched = reason,
        });
    }

    private static string? TestId(HttpContext context) =>
        context.Request.Headers.TryGetValue(TestIdHeader, out var value) && value.Count > 0 ? value.ToString() : null;

    // A fault text may quote the argument (a malformed key): the journal never keeps a credential whole.
    private static string WithoutSecret(string message, string? credential) =>
        string.IsNullOrEmpty(credential) || !message.Contains(credential, StringComparison.Ordinal)
            ? message
            : message.Replace(credential, SecretTag.Of(credential), StringComparison.Ordinal);
}
