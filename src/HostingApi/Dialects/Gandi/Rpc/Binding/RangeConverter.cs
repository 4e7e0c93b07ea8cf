using System.Globalization;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Rpc.Binding;

/// <summary>A numeric converter that also refuses values outside an <see cref="RpcRangeAttribute"/> (nil passes to its inner converter).</summary>
internal sealed class RangeConverter(ValueConverter inner, RpcRangeAttribute range) : ValueConverter
{
    public override string XmlRpcType => inner.XmlRpcType;

    public override object? Convert(XmlRpcValue value, ArgumentPlace place)
    {
        var converted = inner.Convert(value, place);
        var number = converted switch
        {
            int i => i,
            long l => l,
            double d => d,
            _ => (double?)null,
        };

        // !(in range) rather than (out of range): NaN is refused too.
        if (number is { } n && !(n >= range.Min && n <= range.Max))
        {
            throw Errors.BadValue(range.Object, place.Description,
                $"{Text(n)} is not between {Text(range.Min)} and {Text(range.Max)}");
        }

        return converted;
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
