namespace HostingApi.Dialects.CloudSigma.Wire;

/// <summary>CloudSigma's 204 "object deletion started", with the Content-Type the seed shows and no body at all (a 204 may carry none).</summary>
public sealed class DeletionStarted : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status204NoContent;
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        return Task.CompletedTask;
    }
}
