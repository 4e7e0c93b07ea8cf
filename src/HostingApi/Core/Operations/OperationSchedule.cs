using System.Collections.Concurrent;

namespace HostingApi.Core.Operations;

/// <summary>
/// What the queue knows without asking the database: when the next operation the background
/// processor runs is due (with a signal to wake it when that changes), and, per account, when the
/// account's next operation is due (so a read skips the queue in one lookup when nothing of its
/// account is due). Instant operations count only for their account: they are finished by its reads
/// (see <see cref="OperationRunner"/>).
/// </summary>
public sealed class OperationSchedule
{
    private readonly SemaphoreSlim _changed = new(0, int.MaxValue);
    private readonly ConcurrentDictionary<int, long> _accountDue = new();
    private long _nextDueTicks = long.MaxValue;

    /// <summary>When the next operation the background processor runs is due (null: none).</summary>
    public DateTime? NextDue
    {
        get
        {
            var ticks = Interlocked.Read(ref _nextDueTicks);
            return ticks == long.MaxValue ? null : new DateTime(ticks, DateTimeKind.Utc);
        }
    }

    /// <summary>Whether the background processor has something to do.</summary>
    public bool AnyDue(DateTime now) => now.Ticks >= Interlocked.Read(ref _nextDueTicks);

    /// <summary>Whether an operation of the account may be due (never false when one is).</summary>
    public bool AnyDue(int accountId, DateTime now) => _accountDue.TryGetValue(accountId, out var ticks) && now.Ticks >= ticks;

    /// <summary>
    /// An operation of <paramref name="accountId"/> became due at <paramref name="due"/> (null: held,
    /// nothing to do); <paramref name="forProcessor"/>: the background processor runs it (not Instant).
    /// </summary>
    public void Consider(int accountId, DateTime? due, bool forProcessor)
    {
        if (due is not { } value)
        {
            return;
        }

        _accountDue.AddOrUpdate(accountId, value.Ticks, (_, current) => Math.Min(current, value.Ticks));
        if (!forProcessor)
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

    /// <summary>The runner recomputed the processor's earliest due time from the database.</summary>
    public void Reset(DateTime? earliest) => Interlocked.Exchange(ref _nextDueTicks, earliest?.Ticks ?? long.MaxValue);

    /// <summary>The runner recomputed an account's earliest due time from the database (under the write lock).</summary>
    public void ResetAccount(int accountId, DateTime? earliest)
    {
        if (earliest is { } value)
        {
            _accountDue[accountId] = value.Ticks;
        }
        else
        {
            _accountDue.TryRemove(accountId, out _);
        }
    }

    /// <summary>Every account's earliest due time, read back from the database (startup).</summary>
    public void ResetAccounts(IEnumerable<KeyValuePair<int, DateTime>> earliest)
    {
        _accountDue.Clear();
        foreach (var (accountId, due) in earliest)
        {
            _accountDue[accountId] = due.Ticks;
        }
    }

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
