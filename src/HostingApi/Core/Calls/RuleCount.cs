namespace HostingApi.Core.Calls;

/// <summary>A fault rule's counts: the calls its conditions selected, and how many times it acted.</summary>
public readonly record struct RuleCount(long Seen, long Fired);
