using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Rpc.Binding;

/// <summary>A string converter held to the limit of its <see cref="TextKind"/> (nil passes to its inner converter).</summary>
internal sealed class TextConverter(ValueConverter inner, TextKind kind) : ValueConverter
{
    public override string XmlRpcType => inner.XmlRpcType;

    public override object? Convert(XmlRpcValue value, ArgumentPlace place)
    {
        // The kind's limit first, so the fault names the limit that applies rather than MaxString.
        if (value.Kind == XmlRpcValueKind.String)
        {
            CheckLength(value.AsString(), place.Limits.For(kind), place);
        }

        var converted = inner.Convert(value, place);
        if (converted is string text)
        {
            CheckLength(text, place.Limits.For(kind), place);
        }

        return converted;
    }
}
