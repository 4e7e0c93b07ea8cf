using System.Diagnostics;
using HostingApi.Core.Diagnostics;

namespace HostingApi.Core.Calls;

/// <summary>
/// The call-interception seam for a REST dialect's routes (Gigas, CloudSigma), as the Gandi endpoint
/// has its own: fault rules are asked before the route runs and the call is written to the journal once
/// answered. A call is named <c>VERB /route/pattern</c> (<c>GET /account/{accountId:int}/disks</c>), so a
/// rule matches it by glob (<c>GET /account/*</c>); its credential is the Authorization header's
/// value, kept only as a tag. Costs two reads when no rule or journal wants it.
/// </summary>
public static class ObservedHttpCalls
{
    /// <summary>The request header that scopes rules and journal entries to one test.</summary>
    public const string TestIdHeader = "X-Emulator-Test-Id";

    public static RouteGroupBuilder ObserveCalls(this RouteGroupBuilder group, string dialect)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var interceptor = http.RequestServices.GetService<ICallInterceptor>();
            var journal = http.RequestServices.GetService<ICallJournal>();
            if (interceptor?.IsActive != true && journal?.IsEnabled != true)
            {
                return await next(context);
            }

            var started = Stopwatch.GetTimestamp();
            var values = new HttpCallValues(http);
            var description = new CallDescription(dialect, NameOf(http), Credential(http), TestId(http), values);
            var decision = interceptor is { IsActive: true } rules ? await rules.DecideAsync(description, http.RequestAborted) : CallDecision.None;
            object? result;
            switch (decision.Kind)
            {
                case CallActionKind.Drop or CallActionKind.Truncate:
                    http.Abort();
                    result = Results.Empty;
                    break;
                case CallActionKind.Http:
                    if (decision.RetryAfterSeconds is { } retry)
                    {
                        http.Response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }

                    result = Results.Json(new { error = "injected by a fault rule" }, statusCode: decision.HttpStatus);
                    break;
                case CallActionKind.Fault:
                    // An XML-RPC fault has no REST form: the rule's text as an error body, with a server error status.
                    result = Results.Json(new { error = decision.FaultString, code = decision.FaultCode }, statusCode: StatusCodes.Status500InternalServerError);
                    break;
                default:
                    if (decision.Kind == CallActionKind.Delay)
                    {
                        await Task.Delay(decision.DelayMilliseconds, http.RequestAborted);
                    }

                    result = await next(context);
                    break;
            }

            if (journal is { IsEnabled: true })
            {
                journal.Record(new CallRecord
                {
                    Dialect = dialect,
                    Method = description.Method,
                    Account = description.Credential is { } credential ? SecretTag.Of(credential) : null,
                    Values = values,
                    DurationMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    FaultRule = decision.RuleId,
                    FaultAction = decision.RuleId is null ? null : decision.ActionName,
                    HttpStatus = (result as IStatusCodeHttpResult)?.StatusCode ?? http.Response.StatusCode,
                    TestId = description.TestId,
                });
            }

            return result;
        });
        return group;
    }

    private static string NameOf(HttpContext http) =>
        $"{http.Request.Method} {(http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value}";

    // "Bearer KEY" or a bare token: the key itself (so a rule's account matches it); Basic: the whole value.
    private static string? Credential(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.Length == 0 ? null : header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : header;
    }

    private static string? TestId(HttpContext http) =>
        http.Request.Headers.TryGetValue(TestIdHeader, out var value) && value.Count > 0 ? value.ToString() : null;

    // What a REST call shows the rules and the journal: its route values, then its query (never its body).
    private sealed class HttpCallValues(HttpContext http) : ICallValues
    {
        private readonly Dictionary<string, object?> _route = http.Request.RouteValues.ToDictionary(v => v.Key, v => (object?)v.Value?.ToString());
        private readonly Dictionary<string, object?> _query = http.Request.Query.ToDictionary(q => q.Key, q => (object?)q.Value.ToString());

        public bool TryGetArgument(int index, IReadOnlyList<string> path, out object? value)
        {
            value = null;
            var source = index switch { 0 => _route, 1 => _query, _ => null };
            if (source is null || path.Count != 1)
            {
                return false;
            }

            return source.TryGetValue(path[0], out value);
        }

        public IReadOnlyList<object?> RedactedParameters() => [_route, _query];

        public object? RedactedResult() => null;

        public IReadOnlyList<long> OperationIds() => [];
    }
}
