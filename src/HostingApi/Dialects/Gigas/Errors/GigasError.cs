namespace HostingApi.Dialects.Gigas.Errors;

/// <summary>A refusal of the Gigas dialect itself (a bad body, a missing credential): its HTTP status and text.</summary>
public sealed class GigasError(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static GigasError BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static GigasError Unauthorized(string message) => new(StatusCodes.Status401Unauthorized, message);

    public static GigasError NotFound(string message) => new(StatusCodes.Status404NotFound, message);

    /// <summary>The answer: the status and <c>{"error": text}</c> (the one shape a Gigas script is known to read).</summary>
    public IResult ToResult() => Results.Json(new { error = Message }, statusCode: Status);
}
