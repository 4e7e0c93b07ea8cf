using HostingApi.Core.Calls;

namespace HostingApi.Emulator.Journal;

/// <summary>
/// A fixed ring of the latest records: memory is bounded by its capacity whatever the load (WireMock's
/// unbounded journal is its best-known way to run out of memory). Adding is a short lock and one copy.
/// </summary>
/// <remarks>
/// The ring holds each record's fields in a slot of its own array, not the record: a record lives as
/// long as the ring takes to turn over (10,000 calls, a third of a second under a read benchmark), so
/// kept as an object it outlived the young GC generations and died in gen2, and the gen2 garbage of
/// that churn was about 20 MB of the server's peak (docs/performance.md). The caller's record now
/// dies young, and the strings the slots keep (method, account tag, test id) are shared through
/// <see cref="CallStrings"/>. Only the latest <c>detailed</c> slots keep the call's arguments and
/// answer: a test reads the latest calls in full.
/// </remarks>
public sealed class CallRing(int capacity, int detailed = int.MaxValue)
{
    private readonly Lock _lock = new();
    private readonly CallSlot[] _slots = new CallSlot[Math.Max(1, capacity)];
    private readonly CallStrings _strings = new();
    private long _added;

    public int Capacity => _slots.Length;

    /// <summary>How many records were ever added (also the next record's sequence number).</summary>
    public long Added => Interlocked.Read(ref _added);

    /// <summary>Adds a copy of <paramref name="record"/>, forgetting the oldest when full; answers its sequence number (1-based).</summary>
    public long Add(CallRecord record)
    {
        lock (_lock)
        {
            _slots[_added % _slots.Length] = CallSlot.Of(record, _strings);
            var older = _added - detailed;
            if (older >= 0 && older > _added - _slots.Length)
            {
                _slots[older % _slots.Length].Values = null;
            }

            return ++_added;
        }
    }

    /// <summary>The records held, oldest first, each with its sequence number (copies: the ring goes on).</summary>
    public List<(long Sequence, CallRecord Record)> Snapshot()
    {
        lock (_lock)
        {
            var count = (int)Math.Min(_added, _slots.Length);
            var list = new List<(long, CallRecord)>(count);
            for (var sequence = _added - count; sequence < _added; sequence++)
            {
                list.Add((sequence + 1, _slots[sequence % _slots.Length].ToRecord()));
            }

            return list;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            Array.Clear(_slots);
            _added = 0;
        }
    }
}
