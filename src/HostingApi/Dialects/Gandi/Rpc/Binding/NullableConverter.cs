using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Rpc.Binding;

/// <summary>Lets nil through as null; anything else goes to the inner converter.</summary>
internal sealed class NullableConverter(ValueConverter inner) : ValueConverter
{
    public override string XmlRpcType => inner.XmlRpcType;

    public override object? Convert(XmlRpcValue value, ArgumentPlace place) =>
        value.IsNil ? null : inner.Convert(value, place);
}
