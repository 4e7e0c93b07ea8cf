namespace HostingApi.Faults;

/// <summary>
/// A failure the client is meant to see, with Gandi's fault code and text. Created only by
/// <see cref="Errors"/>, so every code and text stays in one file; thrown by any layer.
/// </summary>
public sealed class GandiError(int code, string faultString) : Exception(faultString)
{
    public int Code { get; } = code;

    public string FaultString { get; } = faultString;
}
