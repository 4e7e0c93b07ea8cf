using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace HostingApi.XmlRpc;

/// <summary>
/// An XML-RPC struct: named members, kept in insertion order (the order they are written in).
/// </summary>
/// <remarks>
/// Lookups are linear while the struct is small: request structs have a handful of members, and
/// response structs are built and written, not searched. Past a few members, the first lookup
/// builds a name index, so reading a struct of n members costs n steps, not n² (a hostile request
/// may send 160,000). <see cref="Add"/> does not look for duplicates, so building a 20-member
/// struct costs 20 appends; use the indexer to replace a member. Where names repeat (only through
/// <see cref="Add"/>), lookups find the first.
/// </remarks>
public sealed class XmlRpcStruct : IReadOnlyCollection<KeyValuePair<string, XmlRpcValue>>
{
    // Up to this many members a linear scan beats hashing; past it, lookups use _index.
    private const int LinearLookupLimit = 16;

    private readonly List<KeyValuePair<string, XmlRpcValue>> _members;

    // Name -> position of its first member; built on the first lookup past LinearLookupLimit, kept
    // up to date by appends, dropped by Remove (which shifts positions).
    private Dictionary<string, int>? _index;

    /// <summary>An empty struct.</summary>
    public XmlRpcStruct() => _members = [];

    /// <summary>An empty struct with room for <paramref name="capacity"/> members.</summary>
    public XmlRpcStruct(int capacity) => _members = new(capacity);

    /// <summary>The number of members.</summary>
    public int Count => _members.Count;

    /// <summary>The member names, in order.</summary>
    public IEnumerable<string> Names => _members.Select(m => m.Key);

    /// <summary>
    /// Gets a member (throws <see cref="KeyNotFoundException"/> when absent) or sets one
    /// (replacing an existing member of that name in place).
    /// </summary>
    public XmlRpcValue this[string name]
    {
        get => TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"No struct member '{name}'.");
        set
        {
            var index = IndexOf(name);
            if (index >= 0)
            {
                _members[index] = new(name, value);
            }
            else
            {
                Append(name, value);
            }
        }
    }

    /// <summary>Appends a member. The caller guarantees the name is not already present.</summary>
    public void Add(string name, XmlRpcValue value)
    {
        ArgumentNullException.ThrowIfNull(name);
        Append(name, value);
    }

    /// <summary>True when a member of that name exists.</summary>
    public bool ContainsKey(string name) => IndexOf(name) >= 0;

    /// <summary>Looks a member up by name (ordinal).</summary>
    public bool TryGetValue(string name, [MaybeNullWhen(false)] out XmlRpcValue value)
    {
        var index = IndexOf(name);
        value = index >= 0 ? _members[index].Value : default;
        return index >= 0;
    }

    /// <summary>Removes a member; true when it existed.</summary>
    public bool Remove(string name)
    {
        var index = IndexOf(name);
        if (index >= 0)
        {
            _members.RemoveAt(index);
            _index = null;
        }

        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, XmlRpcValue>> GetEnumerator() => _members.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal List<KeyValuePair<string, XmlRpcValue>> Members => _members;

    internal bool ContentEquals(XmlRpcStruct other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        foreach (var (name, value) in _members)
        {
            if (!other.TryGetValue(name, out var otherValue) || !value.Equals(otherValue))
            {
                return false;
            }
        }

        return true;
    }

    internal void AppendTo(StringBuilder builder)
    {
        builder.Append('{');
        for (var i = 0; i < _members.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append('\'').Append(_members[i].Key).Append("': ");
            _members[i].Value.AppendTo(builder);
        }

        builder.Append('}');
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var builder = new StringBuilder();
        AppendTo(builder);
        return builder.ToString();
    }

    private void Append(string name, XmlRpcValue value)
    {
        _index?.TryAdd(name, _members.Count);
        _members.Add(new(name, value));
    }

    private int IndexOf(string name)
    {
        if (_index is null && _members.Count > LinearLookupLimit)
        {
            _index = BuildIndex();
        }

        if (_index is not null)
        {
            return _index.TryGetValue(name, out var found) ? found : -1;
        }

        for (var i = 0; i < _members.Count; i++)
        {
            if (string.Equals(_members[i].Key, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // Ordinal string keys: the dictionary switches to randomized hashing if names are chosen to collide.
    private Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(_members.Count, StringComparer.Ordinal);
        for (var i = 0; i < _members.Count; i++)
        {
            index.TryAdd(_members[i].Key, i);
        }

        return index;
    }
}
