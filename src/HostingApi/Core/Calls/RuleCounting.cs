namespace HostingApi.Core.Calls;

/// <summary>What a counting rule fires on: the n-th selected call, every n-th, at most <see cref="Times"/> times.</summary>
public readonly record struct RuleCounting(long? Nth, long? Every, long? Times)
{
    /// <summary>Whether the <paramref name="seen"/>-th selected call is one the rule fires on (before <c>times</c>).</summary>
    public bool Selects(long seen) => (Nth is not { } nth || seen == nth) && (Every is not { } every || seen % every == 0);
}
