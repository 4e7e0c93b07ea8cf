using System.Collections.Concurrent;
using HostingApi.Core.Coordination;
using Microsoft.Extensions.Options;

namespace HostingApi.Core.Services;

/// <summary>
/// Answers of read queries, kept until the next write anywhere (<see cref="IChangeSource.Version"/>).
/// Polling clients ask the same thing again and again (gandi.cli every second, libcloud every 20 s,
/// scripts in loops); between writes the answer cannot change, so it is served from memory.
/// Coarse on purpose: any write invalidates everything, so an entry can never be stale.
/// Configuration <c>ReadCache:Enabled</c> (default true) and <c>ReadCache:MaxEntries</c>.
/// </summary>
public sealed class ReadCache(IChangeSource changes, IOptions<ReadCacheOptions> options) : IProcessState
{
    private readonly ConcurrentDictionary<ReadKey, Entry> _entries = new();
    private long _generation = long.MinValue;

    /// <summary>Entries held (for tests: stale ones must not pile up).</summary>
    internal int Count => _entries.Count;

    public async Task<T> GetOrLoadAsync<T>(ReadKey key, Func<Task<T>> load)
    {
        if (!options.Value.Enabled)
        {
            return await load();
        }

        // Read the version before loading: a write during the load makes the entry stale at once.
        var version = changes.Version;
        if (_entries.TryGetValue(key, out var entry) && entry.Version == version)
        {
            return (T)entry.Value;
        }

        var value = await load();

        // Any write makes every entry stale, and a stale entry is never served again: the first load
        // of a new version drops them all. Keeping them until MaxEntries held tens of MB of dead
        // answers under a mixed load (an operation.info or disk.info per new id; docs/performance.md).
        var generation = Interlocked.Read(ref _generation);
        if (version < generation)
        {
            return value; // loaded from before a write another caller has already seen: not worth keeping
        }

        if ((version > generation && Interlocked.CompareExchange(ref _generation, version, generation) == generation)
            || _entries.Count >= options.Value.MaxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(version, value!);
        return value;
    }

    /// <summary>Forgets every entry (the database changed in a way the change source did not see).</summary>
    public Task RefreshAsync(CancellationToken cancellationToken)
    {
        _entries.Clear();
        return Task.CompletedTask;
    }

    private sealed record Entry(long Version, object Value);
}

public sealed class ReadCacheOptions
{
    public const string Section = "ReadCache";

    public bool Enabled { get; set; } = true;

    public int MaxEntries { get; set; } = 50_000;
}
