namespace HostingApi.Dialects.Gandi.Faults;

/// <summary>
/// A failure the client is meant to see, with Gandi's fault code and text. Created only by
/// <see cref="Errors"/>, so every code and text stays in one file; thrown by any layer.
/// </summary>
public sealed class GandiError(int code, string faultString, string? details = null) : Exception(faultString)
{
    public int Code { get; } = code;

    /// <summary>The v3 text: <c>Error on object : OBJECT_X (CAUSE_Y) [details]</c>.</summary>
    public string FaultString { get; } = faultString;

    /// <summary>The free text alone, for the legacy surface's <c>DataError: details [element: value]</c>.</summary>
    public string Details { get; } = details ?? faultString;

    /// <summary>The argument the error is about, when the thrower knows better than the method's first argument.</summary>
    public (string Element, string Value)? Subject { get; init; }
}
