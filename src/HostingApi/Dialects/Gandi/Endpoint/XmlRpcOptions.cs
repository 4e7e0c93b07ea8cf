using HostingApi.Dialects.Gandi.Rpc.Binding;
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

    /// <summary>The most calls one <c>system.multicall</c> may carry (each is a whole call's work).</summary>
    public int MaxMulticallCalls { get; set; } = 500;

    /// <summary>
    /// The largest answer encoded; a larger one is replaced by fault 501631 (ask for less: paging,
    /// fewer calls per multicall). 16 MB: a page of 500 disks, the most clients ask for, is about 1.2 MB.
    /// </summary>
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Disk, VLAN and SSH key names (Gandi: "the API allows up to 255 chars").</summary>
    public int MaxNameLength { get; set; } = TextLimits.Default.MaxName;

    /// <summary>VM hostnames: a DNS label.</summary>
    public int MaxHostnameLength { get; set; } = TextLimits.Default.MaxHostname;

    /// <summary>IP reverses: a DNS name.</summary>
    public int MaxReverseLength { get; set; } = TextLimits.Default.MaxReverse;

    /// <summary>A string value of a list filter (it is kept in the read cache's key).</summary>
    public int MaxFilterLength { get; set; } = TextLimits.Default.MaxFilter;

    /// <summary>Any other string: passwords, SSH keys, scripts, descriptions.</summary>
    public int MaxStringLength { get; set; } = TextLimits.Default.MaxString;

    public TextLimits ToTextLimits() => new(MaxNameLength, MaxHostnameLength, MaxReverseLength, MaxFilterLength, MaxStringLength);

    public XmlRpcReaderOptions ToReaderOptions() => new()
    {
        MaxCharacters = MaxRequestBytes,
        MaxDepth = MaxDepth,
        MaxElements = MaxElements,
    };
}
