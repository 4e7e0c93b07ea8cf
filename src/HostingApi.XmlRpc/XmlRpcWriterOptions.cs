namespace HostingApi.XmlRpc;

/// <summary>How values are put on the wire.</summary>
public sealed record XmlRpcWriterOptions
{
    /// <summary>The defaults: nil allowed.</summary>
    public static XmlRpcWriterOptions Default { get; } = new();

    /// <summary>No nil on the wire (see <see cref="AllowNil"/>).</summary>
    public static XmlRpcWriterOptions WithoutNil { get; } = new() { AllowNil = false };

    /// <summary>The defaults, or <see cref="WithoutNil"/>.</summary>
    public static XmlRpcWriterOptions ForNil(bool allowNil) => allowNil ? Default : WithoutNil;

    /// <summary>
    /// When true, nil is written as <c>&lt;nil/&gt;</c>. When false (for clients such as PHP's phpxmlrpc,
    /// which reject the whole response on a nil), a struct member whose value is nil is left out and
    /// any other nil is written as an empty <c>&lt;string&gt;</c>.
    /// </summary>
    public bool AllowNil { get; init; } = true;
}
