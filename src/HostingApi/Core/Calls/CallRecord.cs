namespace HostingApi.Core.Calls;

/// <summary>
/// One journal entry: a call as it was served. The values are kept by reference (<see cref="Values"/>)
/// and turned into JSON only when the journal is queried; a cached read's answer is shared and
/// immutable, and is only read.
/// </summary>
public sealed class CallRecord
{
    public required string Dialect { get; init; }

    /// <summary>The method, or null when the request was not a call (malformed, too large).</summary>
    public string? Method { get; init; }

    /// <summary>The caller's tag (<see cref="Diagnostics.SecretTag"/>), never the key or session itself.</summary>
    public string? Account { get; init; }

    public ICallValues? Values { get; init; }

    public int? FaultCode { get; init; }

    public string? FaultString { get; init; }

    public double DurationMs { get; init; }

    /// <summary>The fault rule that fired and what it did, if one did.</summary>
    public string? FaultRule { get; init; }

    public string? FaultAction { get; init; }

    /// <summary>An HTTP status answered instead of an XML-RPC response (413, an injected 503).</summary>
    public int? HttpStatus { get; init; }

    public string? TestId { get; init; }

    /// <summary>Set when the call could not be served.</summary>
    public UnmatchedReason? Unmatched { get; init; }

    /// <summary>When the call arrived; the journal sets it.</summary>
    public DateTimeOffset Time { get; set; }
}
