using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace HostingApi.Tests.Infrastructure;

/// <summary>A Serilog sink the test host registers as a service, so tests can read what the server logged.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Everything logged, rendered with its properties and exceptions: what a reader of the log could see.</summary>
    public string AllText() => string.Join('\n', Events.Select(e =>
        $"{e.RenderMessage()} {string.Join(' ', e.Properties.Select(p => $"{p.Key}={p.Value}"))} {e.Exception}"));
}
