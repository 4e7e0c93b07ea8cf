using System.Globalization;
using System.Text.Json.Nodes;

namespace HostingApi.Core.Coordination;

/// <summary>
/// The one clock everything reads (operation due times, <c>date_created</c>/<c>date_updated</c>, session
/// expiry, date filters): the wall clock by default; frozen, set or moved on through the control plane
/// (<c>/_emulator/clock</c>). One global clock, not one per tenant: the queue orders every account's
/// operations by one due time. Timers still run on real time; whoever moves the clock wakes the queue.
/// Shared by the instances on one database (<see cref="ISharedSetting"/>): the document holds the frozen
/// time or the offset from the wall clock, so each instance reads it in memory.
/// </summary>
public sealed class VirtualClock(TimeProvider wall) : TimeProvider, ISharedSetting
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _frozenAt;
    private TimeSpan _offset;

    public bool IsFrozen
    {
        get
        {
            lock (_gate)
            {
                return _frozenAt is not null;
            }
        }
    }

    /// <summary>How far the clock is from the wall clock (zero when real and never set).</summary>
    public TimeSpan Offset
    {
        get
        {
            lock (_gate)
            {
                return (_frozenAt ?? wall.GetUtcNow() + _offset) - wall.GetUtcNow();
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _frozenAt ?? wall.GetUtcNow() + _offset;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        wall.CreateTimer(callback, state, dueTime, period);

    /// <summary>Stops the clock where it is.</summary>
    public void Freeze()
    {
        lock (_gate)
        {
            _frozenAt ??= wall.GetUtcNow() + _offset;
        }
    }

    /// <summary>Back to the wall clock.</summary>
    public void Real()
    {
        lock (_gate)
        {
            _frozenAt = null;
            _offset = TimeSpan.Zero;
        }
    }

    public string Key => "clock";

    /// <summary><c>{"frozen_at": "2030-01-01T00:00:00.0000000+00:00", "offset_ticks": 0}</c>; null for the wall clock.</summary>
    public string? Save()
    {
        lock (_gate)
        {
            return _frozenAt is null && _offset == TimeSpan.Zero ? null : new JsonObject
            {
                ["frozen_at"] = _frozenAt?.ToString("O", CultureInfo.InvariantCulture),
                ["offset_ticks"] = _offset.Ticks,
            }.ToJsonString();
        }
    }

    public void Load(string? document)
    {
        var json = document is null ? null : JsonNode.Parse(document);
        var frozenAt = (string?)json?["frozen_at"] is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : (DateTimeOffset?)null;
        var offset = TimeSpan.FromTicks((long?)json?["offset_ticks"] ?? 0);
        lock (_gate)
        {
            _frozenAt = frozenAt;
            _offset = offset;
        }
    }

    /// <summary>Sets the time; a frozen clock stays frozen there, a running one runs on from there.</summary>
    public void Set(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_frozenAt is not null)
            {
                _frozenAt = now;
            }
            else
            {
                _offset = now - wall.GetUtcNow();
            }
        }
    }

    /// <summary>Moves the clock on (or back, with a negative span).</summary>
    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            if (_frozenAt is { } frozen)
            {
                _frozenAt = frozen + by;
            }
            else
            {
                _offset += by;
            }
        }
    }
}
