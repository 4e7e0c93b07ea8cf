using System.Diagnostics;
using System.IO.Compression;
using HostingApi.Core.Calls;
using HostingApi.Core.Diagnostics;
using HostingApi.Dialects.Gandi.Calls;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.XmlRpc;
using Microsoft.Extensions.Options;

namespace HostingApi.Dialects.Gandi.Endpoint;

/// <summary>
/// <c>POST /xmlrpc/</c> (and the aliases <c>/</c> and <c>/RPC2</c>): body -> codec -> dispatcher -> codec.
/// Faults always travel in HTTP 200 (Python and PHP clients treat a 500 as a transport error).
/// GET answers a short help page; other verbs get 405 from routing.
/// </summary>
public static class XmlRpcEndpoint
{
    private static readonly string[] Paths = ["/xmlrpc/", "/RPC2", "/"];

    public static IEndpointRouteBuilder MapXmlRpc(this IEndpointRouteBuilder app)
    {
        // Build the registry now, not on the first call: a duplicate method name must fail startup.
        _ = app.ServiceProvider.GetRequiredService<RpcMethodRegistry>();

        foreach (var path in Paths)
        {
            app.MapPost(path, HandleAsync);
            app.MapMethods(path, [HttpMethods.Get, HttpMethods.Head], HelpPage.WriteAsync);
        }

        return app;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<XmlRpcOptions>>().Value;
        var aborted = context.RequestAborted;
        var started = Stopwatch.GetTimestamp();

        using var body = await RequestBody.ReadAsync(context.Request, options.MaxRequestBytes, aborted);
        if (body is null)
        {
            RequestLog.TooLarge(Logger(context), options.MaxRequestBytes);
            ObservedCall.RecordRefused(context, started, UnmatchedCalls.TooLarge(options.MaxRequestBytes), null, StatusCodes.Status413PayloadTooLarge);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            context.Response.Headers.Connection = "close";
            await context.Response.WriteAsync($"Request body larger than {options.MaxRequestBytes} bytes.\n", aborted);
            return;
        }

        XmlRpcMethodCall call;
        try
        {
            call = XmlRpcReader.ReadMethodCall(body.WrittenMemory, context.RequestServices.GetRequiredService<XmlRpcReaderOptions>());
        }
        catch (XmlRpcFormatException e)
        {
            var malformed = Errors.MalformedRequest(e.Message).ToFault();
            RequestLog.Malformed(Logger(context), malformed.Code, LogValue.Escape(e.Reason), e.LineNumber, e.LinePosition);
            ObservedCall.RecordRefused(context, started, UnmatchedCalls.Malformed(e, malformed.Message), malformed, null);
            await AnswerAsync(context, new RpcOutcome(default, malformed, true), options, CallDecision.None, aborted);
            return;
        }

        // The control plane's say (fault rules, the journal); null, at the cost of two reads, when it has none.
        var observed = ObservedCall.Start(context, call, started);
        var decision = observed is null ? CallDecision.None : await observed.DecideAsync(aborted);
        switch (decision.Kind)
        {
            case CallActionKind.Http:
                observed!.Finish(default, decision, decision.HttpStatus);
                await InjectedFaults.AnswerStatusAsync(context, decision, aborted);
                return;
            case CallActionKind.Drop:
                observed!.Finish(default, decision);
                context.Abort();
                return;
            case CallActionKind.Delay:
                await Task.Delay(decision.DelayMilliseconds, aborted);
                break;
        }

        var outcome = decision.Kind == CallActionKind.Fault
            ? new RpcOutcome(default, new XmlRpcFault(decision.FaultCode, decision.FaultString), true)
            : await context.RequestServices.GetRequiredService<RpcDispatcher>().DispatchAsync(call, context.RequestServices, aborted);
        observed?.Finish(outcome, decision);
        await AnswerAsync(context, outcome, options, decision, aborted);
    }

    private static async Task AnswerAsync(HttpContext context, RpcOutcome outcome, XmlRpcOptions options, CallDecision decision, CancellationToken aborted)
    {
        if (decision.Kind == CallActionKind.Truncate)
        {
            await InjectedFaults.AnswerTruncatedAsync(context, outcome, aborted);
            return;
        }

        if (outcome.Fault is null && SharedAnswers.Find(outcome.Value, outcome.AllowNil) is { } encoded)
        {
            await WriteAsync(context, Slices(encoded), encoded.Length, options.GzipMinimumBytes, aborted);
            return;
        }

        var response = new SegmentedBufferWriter(options.MaxResponseBytes);
        try
        {
            Encode(response, outcome);
        }
        catch (ResponseTooLargeException)
        {
            // What was written goes back to the pool; the client learns why, in a small fault.
            response.Dispose();
            response = new SegmentedBufferWriter();
            XmlRpcWriter.WriteFault(response, Errors.ResponseTooLarge(options.MaxResponseBytes).ToFault());
        }

        using (response)
        {
            await WriteAsync(context, response.Segments(), response.Length, options.GzipMinimumBytes, aborted);
        }
    }

    /// <summary>The response document of <paramref name="outcome"/>: its value or its fault.</summary>
    internal static void Encode(SegmentedBufferWriter response, RpcOutcome outcome)
    {
        if (outcome.Fault is { } fault)
        {
            XmlRpcWriter.WriteFault(response, fault);
        }
        else
        {
            XmlRpcWriter.WriteResponse(response, outcome.Value, XmlRpcWriterOptions.ForNil(outcome.AllowNil));
        }
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(RequestLog.Category);

    // Sent a slice at a time, as the chunks of a fresh answer are: one write of a whole 236 KB list
    // would have Kestrel copy all of it into its pinned buffers before backpressure applies, for
    // every connection at once.
    private const int SliceBytes = 16 * 1024;

    private static IEnumerable<ReadOnlyMemory<byte>> Slices(byte[] payload)
    {
        for (var offset = 0; offset < payload.Length; offset += SliceBytes)
        {
            yield return payload.AsMemory(offset, Math.Min(SliceBytes, payload.Length - offset));
        }
    }

    private static async Task WriteAsync(
        HttpContext context, IEnumerable<ReadOnlyMemory<byte>> payload, long length, int gzipMinimumBytes, CancellationToken aborted)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/xml";
        if (gzipMinimumBytes >= 0 && length >= gzipMinimumBytes && AcceptsGzip(context.Request.Headers.AcceptEncoding))
        {
            // Only when asked: Perl's XMLRPC::Lite sends no Accept-Encoding and dies on a gzipped answer.
            response.Headers.ContentEncoding = "gzip";
            await using var gzip = new GZipStream(response.Body, CompressionLevel.Fastest, leaveOpen: true);
            foreach (var segment in payload)
            {
                await gzip.WriteAsync(segment, aborted);
            }

            return;
        }

        response.ContentLength = length;
        foreach (var segment in payload)
        {
            await response.Body.WriteAsync(segment, aborted);
        }
    }

    private static bool AcceptsGzip(Microsoft.Extensions.Primitives.StringValues header)
    {
        foreach (var value in header)
        {
            foreach (var part in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries))
            {
                var token = part.Split(';', 2, StringSplitOptions.TrimEntries);
                if (token[0].Equals("gzip", StringComparison.OrdinalIgnoreCase)
                    && !(token.Length == 2 && token[1].Replace(" ", string.Empty) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
