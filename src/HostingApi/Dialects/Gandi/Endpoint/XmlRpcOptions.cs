using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Endpoint;

/// <summary>The endpoint's limits and wire choices; configuration section <c>XmlRpc</c>.</summary>
public sealed class XmlRpcOptions
{
    public const string Section = "XmlRpc";

    /// <summary>The largest request body accepted; a larger one gets HTTP 413.</summary>
    public int MaxRequestBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>How deep structs and arrays may nest in a request.</summary>
    public int MaxDepth { get; set; } = 64;

    /// <summary>The most XML elements a request may hold.</summary>
    public int MaxElements { get; set; } = 500_000;

    /// <summary>
    /// Responses of at least this many bytes are gzipped when the client asks for it
    /// (<c>Accept-Encoding: gzip</c>); 1400 as Python's own XML-RPC server. Negative: never.
    /// </summary>
    public int GzipMinimumBytes { get; set; } = 1400;

    public XmlRpcReaderOptions ToReaderOptions() => new()
    {
        MaxCharacters = MaxRequestBytes,
        MaxDepth = MaxDepth,
        MaxElements = MaxElements,
    };
}
