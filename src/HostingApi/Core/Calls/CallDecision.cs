namespace HostingApi.Core.Calls;

/// <summary>
/// The control plane's decision for one call. A rule builds its decision once, when it is added,
/// so deciding allocates nothing.
/// </summary>
public sealed class CallDecision
{
    /// <summary>Answer normally.</summary>
    public static CallDecision None { get; } = new() { Kind = CallActionKind.None };

    public CallActionKind Kind { get; init; }

    /// <summary>The rule that decided (null for <see cref="None"/>).</summary>
    public string? RuleId { get; init; }

    public int FaultCode { get; init; }

    public string FaultString { get; init; } = string.Empty;

    public int HttpStatus { get; init; }

    /// <summary>Seconds for a Retry-After header, or null for none.</summary>
    public int? RetryAfterSeconds { get; init; }

    public int DelayMilliseconds { get; init; }

    /// <summary>The action's name as a rule writes it (<c>xmlrpc_fault</c>, <c>http</c>, ...), for the journal.</summary>
    public string ActionName { get; init; } = "none";
}
