using System.Globalization;
using HostingApi.Core.Domain;

namespace HostingApi.Dialects.Gigas.Routes;

/// <summary>
/// A 202 answer and its job token. The seed says "Has Token: Yes" on exactly its asynchronous calls and
/// not where the token goes; an old Gigas script reads <c>queue_token</c> and polls
/// <c>/transaction/&lt;token&gt;/status</c>. So every 202 carries the <c>X-Queue-Token</c> header (the body
/// stays the resource the seed names), and the token is the id of the operation on the shared queue.
/// </summary>
public static class GigasJobs
{
    public const string TokenHeader = "X-Queue-Token";

    public static string Token(Operation operation) => operation.Id.ToString(CultureInfo.InvariantCulture);

    public static IResult Accepted(HttpContext context, Operation operation, object? body)
    {
        context.Response.Headers[TokenHeader] = Token(operation);
        return body is null ? Results.StatusCode(StatusCodes.Status202Accepted) : Results.Json(body, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>A job as <c>/transaction/&lt;token&gt;/status</c> shows it: <c>pending</c>, <c>complete</c> or <c>error</c>.</summary>
    public static object Status(Operation operation) => operation.Step switch
    {
        OperationStep.Done => new { status = "complete", token = Token(operation), type = operation.Type },
        OperationStep.Error or OperationStep.Cancel => new { status = "error", token = Token(operation), type = operation.Type, error = operation.LastError ?? "cancelled" },
        _ => (object)new { status = "pending", token = Token(operation), type = operation.Type },
    };
}
