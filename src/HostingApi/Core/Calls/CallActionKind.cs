namespace HostingApi.Core.Calls;

/// <summary>What the control plane makes of a call instead of (or before) answering it normally.</summary>
public enum CallActionKind
{
    /// <summary>Answer normally.</summary>
    None,

    /// <summary>Answer the dialect's fault (code and text) without running the call.</summary>
    Fault,

    /// <summary>Answer an HTTP status (e.g. 503, with Retry-After) without running the call.</summary>
    Http,

    /// <summary>Close the connection without answering.</summary>
    Drop,

    /// <summary>Run the call, send half its answer, then close the connection.</summary>
    Truncate,

    /// <summary>Wait, then run the call normally.</summary>
    Delay,
}
