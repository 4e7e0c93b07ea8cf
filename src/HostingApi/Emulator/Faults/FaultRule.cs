using System.Text.Json;
using HostingApi.Core.Calls;

namespace HostingApi.Emulator.Faults;

/// <summary>
/// One fault rule, compiled when it is added: its conditions (all must hold), its counters and the
/// decision it answers, built once so firing allocates nothing. Counting (<c>nth</c>, <c>every</c>)
/// runs over the calls the other conditions select; <c>times</c> bounds the firings.
/// </summary>
public sealed class FaultRule
{
    private readonly Lock _randomLock = new();
    private long _seen;
    private long _fired;

    public required string Id { get; init; }

    public Glob? Method { get; init; }

    public string? Account { get; init; }

    public string? TestId { get; init; }

    public ParameterMatch? Parameter { get; init; }

    public long? Nth { get; init; }

    public long? Every { get; init; }

    public double? Probability { get; init; }

    public Random? Random { get; init; }

    public long? Times { get; init; }

    public required CallDecision Decision { get; init; }

    /// <summary>The rule's <c>match</c> and <c>action</c> as they were posted, for the listing.</summary>
    public required JsonElement MatchJson { get; init; }

    public required JsonElement ActionJson { get; init; }

    public long Fired => Interlocked.Read(ref _fired);

    public long Seen => Interlocked.Read(ref _seen);

    /// <summary>Whether the rule fires for <paramref name="call"/>; counts it when it is selected.</summary>
    public bool TryFire(CallDescription call)
    {
        if (Times is { } times && Interlocked.Read(ref _fired) >= times)
        {
            return false;
        }

        if ((Method is not null && !Method.Matches(call.Method))
            || (Account is not null && !string.Equals(Account, call.Credential, StringComparison.Ordinal))
            || (TestId is not null && !string.Equals(TestId, call.TestId, StringComparison.Ordinal))
            || (Parameter is not null && !(call.Values.TryGetArgument(Parameter.Index, Parameter.Path, out var value) && Parameter.Matches(value))))
        {
            return false;
        }

        var seen = Interlocked.Increment(ref _seen);
        if ((Nth is { } nth && seen != nth) || (Every is { } every && seen % every != 0))
        {
            return false;
        }

        if (Probability is { } probability)
        {
            lock (_randomLock)
            {
                if (Random!.NextDouble() >= probability)
                {
                    return false;
                }
            }
        }

        if (Times is { } limit && Interlocked.Increment(ref _fired) > limit)
        {
            Interlocked.Decrement(ref _fired);
            return false;
        }

        if (Times is null)
        {
            Interlocked.Increment(ref _fired);
        }

        return true;
    }
}
