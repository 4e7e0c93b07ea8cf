using HostingApi.Core.Calls;
using HostingApi.Dialects.Gandi.Rpc;

namespace HostingApi.Dialects.Gandi.Endpoint;

/// <summary>The transport-level answers a fault rule can ask for: an HTTP status, half a response.</summary>
internal static class InjectedFaults
{
    private static readonly TimeSpan SendGrace = TimeSpan.FromMilliseconds(100);

    public static async Task AnswerStatusAsync(HttpContext context, CallDecision decision, CancellationToken aborted)
    {
        var response = context.Response;
        response.StatusCode = decision.HttpStatus;
        if (decision.RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        response.ContentType = "text/plain";
        await response.WriteAsync($"HTTP {decision.HttpStatus} injected by fault rule {decision.RuleId}\n", aborted);
    }

    /// <summary>
    /// The first half of the answer, announced whole (Content-Length), then the connection closed:
    /// what a client sees when a proxy or the network cuts a response short. Never gzipped, so the
    /// half is a readable half.
    /// </summary>
    public static async Task AnswerTruncatedAsync(HttpContext context, RpcOutcome outcome, CancellationToken aborted)
    {
        using var document = new SegmentedBufferWriter();
        XmlRpcEndpoint.Encode(document, outcome);
        var bytes = document.ToArray();

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/xml";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), aborted);
        await response.Body.FlushAsync(aborted);

        // A flush hands the bytes to Kestrel's output pipe, not yet to the socket, and an abort drops
        // what the pipe still holds: give the transport a moment to send the half first.
        await Task.Delay(SendGrace, aborted);
        context.Abort();
    }
}
