using System.Collections.Concurrent;
using HostingApi.Core.Coordination;

namespace HostingApi.Emulator;

/// <summary>Saved states by name, in memory: a global reset keeps them; a restart does not.</summary>
public sealed class Snapshots
{
    private readonly ConcurrentDictionary<string, Saved> _byName = new(StringComparer.Ordinal);

    public IEnumerable<(string Name, Saved Snapshot)> All => _byName.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value));

    public void Save(string name, StateDocument state, DateTime at) => _byName[name] = new Saved(state, at);

    public StateDocument? Find(string name) => _byName.TryGetValue(name, out var saved) ? saved.State : null;

    public bool Delete(string name) => _byName.TryRemove(name, out _);

    public sealed record Saved(StateDocument State, DateTime SavedAt)
    {
        public int Rows => State.Tables.Values.Sum(t => t.Count);
    }
}
