namespace HostingApi.Core.Operations;

/// <summary>
/// What the queue knows without asking the database: when the next operation is due, and a
/// signal to wake the processor when that changes. Lets every read skip the queue in one comparison
/// when nothing is due.
/// </summary>
public sealed class OperationSchedule
{
    private readonly SemaphoreSlim _changed = new(0, int.MaxValue);
    private long _nextDueTicks = long.MaxValue;

    public DateTime? NextDue
    {
        get
        {
            var ticks = Interlocked.Read(ref _nextDueTicks);
            return ticks == long.MaxValue ? null : new DateTime(ticks, DateTimeKind.Utc);
        }
    }

    public bool AnyDue(DateTime now) => now.Ticks >= Interlocked.Read(ref _nextDueTicks);

    /// <summary>An operation became due at <paramref name="due"/> (null: held, nothing to do).</summary>
    public void Consider(DateTime? due)
    {
        if (due is not { } value)
        {
            return;
        }

        long current;
        do
        {
            current = Interlocked.Read(ref _nextDueTicks);
            if (value.Ticks >= current)
            {
                break;
            }
        }
        while (Interlocked.CompareExchange(ref _nextDueTicks, value.Ticks, current) != current);

        _changed.Release();
    }

    /// <summary>Wakes the processor to look again (the clock moved, or a policy changed).</summary>
    public void Wake() => _changed.Release();

    /// <summary>The runner recomputed the earliest due time from the database.</summary>
    public void Reset(DateTime? earliest) => Interlocked.Exchange(ref _nextDueTicks, earliest?.Ticks ?? long.MaxValue);

    /// <summary>Waits for a change or for <paramref name="timeout"/> on <paramref name="time"/>'s clock.</summary>
    public async Task WaitForChangeAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signalled = _changed.WaitAsync(linked.Token);
        var elapsed = Task.Delay(timeout, time, linked.Token);
        await Task.WhenAny(signalled, elapsed);
        await linked.CancelAsync();
        try
        {
            await Task.WhenAll(signalled, elapsed);
        }
        catch (OperationCanceledException)
        {
            // The other one lost the race.
        }
    }
}
