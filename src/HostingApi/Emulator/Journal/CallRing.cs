using HostingApi.Core.Calls;

namespace HostingApi.Emulator.Journal;

/// <summary>
/// A fixed ring of the latest records: memory is bounded by its capacity whatever the load (WireMock's
/// unbounded journal is its best-known way to run out of memory). Adding is a short lock and one store.
/// Only the latest <c>detailed</c> records keep their call's arguments and answer: those are most of a
/// record's memory (a fresh list answer), and a test reads the latest calls in full.
/// </summary>
public sealed class CallRing(int capacity, int detailed = int.MaxValue)
{
    private readonly Lock _lock = new();
    private readonly CallRecord?[] _items = new CallRecord?[Math.Max(1, capacity)];
    private long _added;

    public int Capacity => _items.Length;

    /// <summary>How many records were ever added (also the next record's sequence number).</summary>
    public long Added => Interlocked.Read(ref _added);

    /// <summary>Adds <paramref name="record"/>, forgetting the oldest when full; answers its sequence number (1-based).</summary>
    public long Add(CallRecord record)
    {
        lock (_lock)
        {
            _items[_added % _items.Length] = record;
            var older = _added - detailed;
            if (older >= 0 && older > _added - _items.Length && _items[older % _items.Length] is { Values: not null } kept)
            {
                _items[older % _items.Length] = kept.WithoutValues();
            }

            return ++_added;
        }
    }

    /// <summary>The records held, oldest first, each with its sequence number.</summary>
    public List<(long Sequence, CallRecord Record)> Snapshot()
    {
        lock (_lock)
        {
            var count = (int)Math.Min(_added, _items.Length);
            var list = new List<(long, CallRecord)>(count);
            for (var sequence = _added - count; sequence < _added; sequence++)
            {
                list.Add((sequence + 1, _items[sequence % _items.Length]!));
            }

            return list;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            Array.Clear(_items);
            _added = 0;
        }
    }
}
