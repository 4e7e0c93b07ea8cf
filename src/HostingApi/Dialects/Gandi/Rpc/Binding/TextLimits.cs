namespace HostingApi.Dialects.Gandi.Rpc.Binding;

/// <summary>
/// How long a string argument may be, by what it is (<see cref="RpcTextAttribute"/>); from the
/// <c>XmlRpc</c> options. A longer one is refused at binding (fault 501230), before any service,
/// cache key or SQL parameter holds it.
/// </summary>
public sealed record TextLimits(int MaxName, int MaxHostname, int MaxReverse, int MaxFilter, int MaxString)
{
    /// <summary>Gandi's disk name limit (255), a DNS label (63), a DNS name (253); filters 255; other strings 64 KB.</summary>
    public static TextLimits Default { get; } = new(255, 63, 253, 255, 65_536);

    public int For(TextKind kind) => kind switch
    {
        TextKind.Name => MaxName,
        TextKind.Hostname => MaxHostname,
        TextKind.Reverse => MaxReverse,
        TextKind.Filter => MaxFilter,
        _ => MaxString,
    };
}
