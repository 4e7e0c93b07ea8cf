using System.Buffers;
using CsCheck;

namespace HostingApi.XmlRpc.Tests;

/// <summary>For any value the writer can produce, the reader gives it back unchanged.</summary>
public class RoundTripPropertyTests
{
    // Characters XML 1.0 can carry (the writer replaces the others, tested separately).
    private static readonly Gen<string> Text = Gen.Frequency(
            (4, Gen.Char['a', 'z']),
            (2, Gen.Char[" \t\n\r&<>'\"]]>"]),
            (1, Gen.Char['\u00A0', '\uD7FF']),
            (1, Gen.Char['\uE000', '\uFFFD']))
        .Array[0, 30]
        .Select(chars => new string(chars));

    private static readonly Gen<XmlRpcValue> Scalar = Gen.OneOf(
        Gen.Long.Select(v => XmlRpcValue.FromInt(v)),
        Gen.Bool.Select(v => XmlRpcValue.FromBoolean(v)),
        Gen.Double.Where(double.IsFinite).Select(v => XmlRpcValue.FromDouble(v)),
        Text.Select(v => XmlRpcValue.FromString(v)),
        Gen.DateTime.Select(d => XmlRpcValue.FromDateTime(new DateTime(d.Ticks - (d.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc))),
        Gen.Byte.Array[0, 20].Select(v => XmlRpcValue.FromBytes(v)),
        Gen.Const(XmlRpcValue.Nil));

    private static readonly Gen<XmlRpcValue> Value = Gen.Recursive<XmlRpcValue>((depth, inner) => depth >= 4
        ? Scalar
        : Gen.Frequency(
            (6, Scalar),
            (1, inner.Array[0, 5].Select(items => XmlRpcValue.FromArray(new XmlRpcArray(items)))),
            (1, Gen.Select(Text, inner).Array[0, 5].Select(ToStruct))));

    [Fact]
    public void WriteThenRead_AnyValue_GivesItBack()
    {
        Value.Sample(value =>
        {
            var bytes = XmlRpcWriter.ResponseToBytes(value);

            var back = XmlRpcReader.ReadMethodResponse(bytes);

            back.IsFault.Should().BeFalse();
            back.Value.Should().Be(value);
        }, iter: 2000);
    }

    [Fact]
    public void WriteMethodCallThenRead_AnyParameters_GivesThemBack()
    {
        Gen.Select(Text.Where(t => t.Trim().Length > 0 && t.Trim() == t), Value.Array[0, 4]).Sample((name, parameters) =>
        {
            var buffer = new ArrayBufferWriter<byte>();
            XmlRpcWriter.WriteMethodCall(buffer, name, parameters);

            var call = XmlRpcReader.ReadMethodCall(buffer.WrittenMemory);

            call.MethodName.Should().Be(name);
            call.Parameters.Should().Equal(parameters);
        }, iter: 500);
    }

    private static XmlRpcValue ToStruct((string Name, XmlRpcValue Value)[] members)
    {
        var result = new XmlRpcStruct();
        foreach (var (name, value) in members)
        {
            result[name] = value;
        }

        return result;
    }
}
