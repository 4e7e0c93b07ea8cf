namespace HostingApi.XmlRpc;

/// <summary>Limits that keep a hostile document from costing more than a real one.</summary>
public sealed record XmlRpcReaderOptions
{
    /// <summary>The defaults: generous for any real Gandi call, small for an attacker.</summary>
    public static XmlRpcReaderOptions Default { get; } = new();

    /// <summary>The most characters a document may hold (after decoding).</summary>
    public long MaxCharacters { get; init; } = 16 * 1024 * 1024;

    /// <summary>How deep structs and arrays may nest (a top-level parameter is depth 1).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most XML elements a document may hold.</summary>
    public int MaxElements { get; init; } = 500_000;
}
