using System.Collections;
using System.Text;

namespace HostingApi.XmlRpc;

/// <summary>An XML-RPC array: an ordered list of values.</summary>
public sealed class XmlRpcArray : IReadOnlyList<XmlRpcValue>
{
    private readonly List<XmlRpcValue> _items;

    /// <summary>An empty array.</summary>
    public XmlRpcArray() => _items = [];

    /// <summary>An empty array with room for <paramref name="capacity"/> items.</summary>
    public XmlRpcArray(int capacity) => _items = new(capacity);

    /// <summary>An array holding <paramref name="items"/>.</summary>
    public XmlRpcArray(IEnumerable<XmlRpcValue> items) => _items = [.. items];

    /// <summary>The number of items.</summary>
    public int Count => _items.Count;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public XmlRpcValue this[int index] => _items[index];

    /// <summary>Appends an item.</summary>
    public void Add(XmlRpcValue value) => _items.Add(value);

    /// <inheritdoc />
    public IEnumerator<XmlRpcValue> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal List<XmlRpcValue> Items => _items;

    internal bool ContentEquals(XmlRpcArray other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        for (var i = 0; i < _items.Count; i++)
        {
            if (!_items[i].Equals(other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal void AppendTo(StringBuilder builder)
    {
        builder.Append('[');
        for (var i = 0; i < _items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            _items[i].AppendTo(builder);
        }

        builder.Append(']');
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var builder = new StringBuilder();
        AppendTo(builder);
        return builder.ToString();
    }
}
