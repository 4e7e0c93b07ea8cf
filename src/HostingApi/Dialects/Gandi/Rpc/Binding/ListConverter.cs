using HostingApi.Dialects.Gandi.Faults;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Rpc.Binding;

/// <summary>An XML-RPC array into an <see cref="IReadOnlyList{T}"/>, each item through the item converter.</summary>
internal sealed class ListConverter<T>(ValueConverter item) : ValueConverter
{
    public override string XmlRpcType => "array";

    public override object? Convert(XmlRpcValue value, ArgumentPlace place)
    {
        if (value.Kind != XmlRpcValueKind.Array)
        {
            throw WrongType(FaultObject.List, place, "array", value);
        }

        var source = value.AsArray();
        var result = new T[source.Count];
        for (var i = 0; i < source.Count; i++)
        {
            result[i] = (T)item.Convert(source[i], place.Item(i))!;
        }

        return result;
    }
}
