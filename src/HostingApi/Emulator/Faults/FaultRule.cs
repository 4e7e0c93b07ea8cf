using System.Text.Json;
using HostingApi.Core.Calls;

namespace HostingApi.Emulator.Faults;

/// <summary>
/// One fault rule, compiled when it is added: its conditions (all must hold), its counters and the
/// decision it answers, built once so firing allocates nothing. Counting (<c>nth</c>, <c>every</c>)
/// runs over the calls the other conditions select; <c>times</c> bounds the firings. The counts are this
/// process's (<see cref="TryFire"/>), or a shared store's for a rule that counts (<see cref="TryFireSharedAsync"/>).
/// </summary>
public sealed class FaultRule
{
    private readonly Lock _randomLock = new();
    private long _seen;
    private long _fired;

    // Known spent in the shared count (times reached): nothing is left to ask the store.
    private volatile bool _spent;

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

    /// <summary>Whether the rule counts the calls it selects: only then does a shared store count them for it.</summary>
    public bool Counts => Nth is not null || Every is not null || Times is not null;

    public RuleCounting Counting => new(Nth, Every, Times);

    /// <summary>Whether the rule fires for <paramref name="call"/>; counts it when it is selected (in this process's memory).</summary>
    public bool TryFire(CallDescription call)
    {
        if (Times is { } times && Interlocked.Read(ref _fired) >= times)
        {
            return false;
        }

        if (!Selects(call))
        {
            return false;
        }

        var seen = Interlocked.Increment(ref _seen);
        if (!Counting.Selects(seen) || !Draws())
        {
            return false;
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

    /// <summary>
    /// Whether the rule fires for a call it selects, counted by the store every instance shares: one
    /// statement takes the next count and, for a rule without a probability, fires it in the same step. A
    /// probability is drawn here, as in memory, on the calls <c>nth</c> and <c>every</c> pass, and only
    /// a draw that passes takes a second statement, the firing (still bounded by <c>times</c>).
    /// </summary>
    public async ValueTask<bool> TryFireSharedAsync(IRuleCounters counters, CancellationToken cancellationToken)
    {
        if (_spent)
        {
            return false;
        }

        var decide = Probability is null;
        if (await counters.CountAsync(Id, Counting, decide, cancellationToken) is not { } count)
        {
            _spent = true;
            return false;
        }

        if (Times is { } times && count.Fired >= times)
        {
            _spent = true;
        }

        if (!Counting.Selects(count.Seen))
        {
            return false;
        }

        if (decide)
        {
            return true; // the statement fired it: the count was below times and the call is one nth/every pass
        }

        if (!Draws())
        {
            return false;
        }

        var fired = await counters.FireAsync(Id, Times, cancellationToken);
        _spent |= !fired;
        return fired;
    }

    /// <summary>Whether the call meets the rule's conditions (method, account, test id, parameter), before any counting.</summary>
    public bool Selects(CallDescription call) =>
        (Method is null || Method.Matches(call.Method))
        && (Account is null || string.Equals(Account, call.Credential, StringComparison.Ordinal))
        && (TestId is null || string.Equals(TestId, call.TestId, StringComparison.Ordinal))
        && (Parameter is null || (call.Values.TryGetArgument(Parameter.Index, Parameter.Path, out var value) && Parameter.Matches(value)));

    /// <summary>The probability's draw: true for a rule without one.</summary>
    public bool Draws()
    {
        if (Probability is not { } probability)
        {
            return true;
        }

        lock (_randomLock)
        {
            return Random!.NextDouble() < probability;
        }
    }
}
