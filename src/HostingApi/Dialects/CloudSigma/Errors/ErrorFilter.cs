using System.Text.Json;
using HostingApi.Core.Errors;

namespace HostingApi.Dialects.CloudSigma.Errors;

/// <summary>
/// The one place a CloudSigma call's failure becomes an answer: its own refusals, the core's errors
/// through <see cref="CloudSigmaErrors"/>, bad JSON as 400; anything else is a 500 <c>backend</c> error.
/// </summary>
public sealed partial class ErrorFilter(ILogger<ErrorFilter> log) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CloudSigmaError e)
        {
            return ErrorBody.Of(e);
        }
        catch (CoreError e)
        {
            return ErrorBody.Of(CloudSigmaErrors.From(e));
        }
        catch (JsonException e)
        {
            return ErrorBody.Of(CloudSigmaError.Validation($"Invalid JSON: {e.Message}"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailure(log, e, context.HttpContext.Request.Path);
            return ErrorBody.Of(new CloudSigmaError(500, "backend", "unknown error"));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "CloudSigma call {Path} failed")]
    private static partial void LogFailure(ILogger log, Exception exception, string path);
}
