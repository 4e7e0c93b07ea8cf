using System.Globalization;
using System.Text;

namespace HostingApi.XmlRpc;

/// <summary>
/// One XML-RPC value. A small immutable struct: scalars live inline, so building a response of
/// thousands of ints and booleans allocates nothing for them. <c>default</c> is nil.
/// </summary>
/// <remarks>
/// Numbers and dates read from the wire keep their raw lexical text (<see cref="RawText"/>),
/// because some clients type strings by guessing (Perl sends the string "007" as <c>&lt;int&gt;007&lt;/int&gt;</c>)
/// and a string parameter must get "007" back, not "7".
/// </remarks>
public readonly struct XmlRpcValue : IEquatable<XmlRpcValue>
{
    // For Integer/Boolean: the number; Double: its bits; DateTime: UTC ticks.
    private readonly long _bits;

    // For String: the string; Base64: byte[]; Struct/Array: the container;
    // Integer/Double/DateTime read from the wire: their raw text (else null).
    private readonly object? _ref;

    private XmlRpcValue(XmlRpcValueKind kind, long bits, object? reference)
    {
        Kind = kind;
        _bits = bits;
        _ref = reference;
    }

    /// <summary>The XML-RPC type of this value.</summary>
    public XmlRpcValueKind Kind { get; }

    /// <summary>The nil value.</summary>
    public static XmlRpcValue Nil => default;

    /// <summary>True for nil.</summary>
    public bool IsNil => Kind == XmlRpcValueKind.Nil;

    /// <summary>An integer value.</summary>
    public static XmlRpcValue FromInt(long value) => new(XmlRpcValueKind.Integer, value, null);

    /// <summary>A boolean value.</summary>
    public static XmlRpcValue FromBoolean(bool value) => new(XmlRpcValueKind.Boolean, value ? 1 : 0, null);

    /// <summary>A double value. NaN and infinities have no XML-RPC form and are refused.</summary>
    public static XmlRpcValue FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "XML-RPC has no form for NaN or infinity.");
        }

        return new(XmlRpcValueKind.Double, BitConverter.DoubleToInt64Bits(value), null);
    }

    /// <summary>A string value; a null string is nil.</summary>
    public static XmlRpcValue FromString(string? value) =>
        value is null ? default : new(XmlRpcValueKind.String, 0, value);

    /// <summary>
    /// A date. XML-RPC dates carry no zone: a <see cref="DateTimeKind.Local"/> value is converted to UTC,
    /// an unspecified one is taken as UTC. Precision is whole seconds on the wire.
    /// </summary>
    public static XmlRpcValue FromDateTime(DateTime value) =>
        new(XmlRpcValueKind.DateTime, ToUtc(value).Ticks, null);

    /// <summary>A base64 value; a null array is nil.</summary>
    public static XmlRpcValue FromBytes(byte[]? value) =>
        value is null ? default : new(XmlRpcValueKind.Base64, 0, value);

    /// <summary>A struct value; a null struct is nil.</summary>
    public static XmlRpcValue FromStruct(XmlRpcStruct? value) =>
        value is null ? default : new(XmlRpcValueKind.Struct, 0, value);

    /// <summary>An array value; a null array is nil.</summary>
    public static XmlRpcValue FromArray(XmlRpcArray? value) =>
        value is null ? default : new(XmlRpcValueKind.Array, 0, value);

    internal static XmlRpcValue FromWireInteger(long value, string rawText) => new(XmlRpcValueKind.Integer, value, rawText);

    internal static XmlRpcValue FromWireDouble(double value, string rawText) =>
        new(XmlRpcValueKind.Double, BitConverter.DoubleToInt64Bits(value), rawText);

    internal static XmlRpcValue FromWireDateTime(DateTime utc, string rawText) =>
        new(XmlRpcValueKind.DateTime, utc.Ticks, rawText);

    /// <summary>The integer; throws unless <see cref="Kind"/> is Integer.</summary>
    public long AsInt64() => Kind == XmlRpcValueKind.Integer ? _bits : throw WrongKind(XmlRpcValueKind.Integer);

    /// <summary>The boolean; throws unless <see cref="Kind"/> is Boolean.</summary>
    public bool AsBoolean() => Kind == XmlRpcValueKind.Boolean ? _bits != 0 : throw WrongKind(XmlRpcValueKind.Boolean);

    /// <summary>The double; throws unless <see cref="Kind"/> is Double.</summary>
    public double AsDouble() =>
        Kind == XmlRpcValueKind.Double ? BitConverter.Int64BitsToDouble(_bits) : throw WrongKind(XmlRpcValueKind.Double);

    /// <summary>The string; throws unless <see cref="Kind"/> is String.</summary>
    public string AsString() => Kind == XmlRpcValueKind.String ? (string)_ref! : throw WrongKind(XmlRpcValueKind.String);

    /// <summary>The date in UTC; throws unless <see cref="Kind"/> is DateTime.</summary>
    public DateTime AsDateTime() =>
        Kind == XmlRpcValueKind.DateTime ? new DateTime(_bits, DateTimeKind.Utc) : throw WrongKind(XmlRpcValueKind.DateTime);

    /// <summary>The bytes; throws unless <see cref="Kind"/> is Base64.</summary>
    public byte[] AsBytes() => Kind == XmlRpcValueKind.Base64 ? (byte[])_ref! : throw WrongKind(XmlRpcValueKind.Base64);

    /// <summary>The struct; throws unless <see cref="Kind"/> is Struct.</summary>
    public XmlRpcStruct AsStruct() => Kind == XmlRpcValueKind.Struct ? (XmlRpcStruct)_ref! : throw WrongKind(XmlRpcValueKind.Struct);

    /// <summary>The array; throws unless <see cref="Kind"/> is Array.</summary>
    public XmlRpcArray AsArray() => Kind == XmlRpcValueKind.Array ? (XmlRpcArray)_ref! : throw WrongKind(XmlRpcValueKind.Array);

    /// <summary>
    /// The lexical text this scalar had on the wire (Integer, Double, DateTime), or null for values
    /// built in code and for other kinds.
    /// </summary>
    public string? RawText => Kind is XmlRpcValueKind.Integer or XmlRpcValueKind.Double or XmlRpcValueKind.DateTime
        ? _ref as string
        : null;

    /// <summary>Implicit conversion from an int.</summary>
    public static implicit operator XmlRpcValue(int value) => FromInt(value);

    /// <summary>Implicit conversion from a long.</summary>
    public static implicit operator XmlRpcValue(long value) => FromInt(value);

    /// <summary>Implicit conversion from a bool.</summary>
    public static implicit operator XmlRpcValue(bool value) => FromBoolean(value);

    /// <summary>Implicit conversion from a double.</summary>
    public static implicit operator XmlRpcValue(double value) => FromDouble(value);

    /// <summary>Implicit conversion from a string (null is nil).</summary>
    public static implicit operator XmlRpcValue(string? value) => FromString(value);

    /// <summary>Implicit conversion from a date.</summary>
    public static implicit operator XmlRpcValue(DateTime value) => FromDateTime(value);

    /// <summary>Implicit conversion from bytes (null is nil).</summary>
    public static implicit operator XmlRpcValue(byte[]? value) => FromBytes(value);

    /// <summary>Implicit conversion from a struct (null is nil).</summary>
    public static implicit operator XmlRpcValue(XmlRpcStruct? value) => FromStruct(value);

    /// <summary>Implicit conversion from an array (null is nil).</summary>
    public static implicit operator XmlRpcValue(XmlRpcArray? value) => FromArray(value);

    /// <summary>
    /// Deep equality by value: structs compare as maps (member order ignored), arrays in order,
    /// raw wire text ignored.
    /// </summary>
    public bool Equals(XmlRpcValue other)
    {
        if (Kind != other.Kind)
        {
            return false;
        }

        return Kind switch
        {
            XmlRpcValueKind.Nil => true,
            XmlRpcValueKind.Integer or XmlRpcValueKind.Boolean or XmlRpcValueKind.DateTime or XmlRpcValueKind.Double =>
                _bits == other._bits,
            XmlRpcValueKind.String => string.Equals((string)_ref!, (string)other._ref!, StringComparison.Ordinal),
            XmlRpcValueKind.Base64 => ((byte[])_ref!).AsSpan().SequenceEqual((byte[])other._ref!),
            XmlRpcValueKind.Struct => ((XmlRpcStruct)_ref!).ContentEquals((XmlRpcStruct)other._ref!),
            XmlRpcValueKind.Array => ((XmlRpcArray)_ref!).ContentEquals((XmlRpcArray)other._ref!),
            _ => false,
        };
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is XmlRpcValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Kind switch
    {
        XmlRpcValueKind.String => HashCode.Combine(Kind, ((string)_ref!).GetHashCode(StringComparison.Ordinal)),
        XmlRpcValueKind.Struct => HashCode.Combine(Kind, ((XmlRpcStruct)_ref!).Count),
        XmlRpcValueKind.Array => HashCode.Combine(Kind, ((XmlRpcArray)_ref!).Count),
        XmlRpcValueKind.Base64 => HashCode.Combine(Kind, ((byte[])_ref!).Length),
        _ => HashCode.Combine(Kind, _bits),
    };

    /// <summary>Equality by value.</summary>
    public static bool operator ==(XmlRpcValue left, XmlRpcValue right) => left.Equals(right);

    /// <summary>Inequality by value.</summary>
    public static bool operator !=(XmlRpcValue left, XmlRpcValue right) => !left.Equals(right);

    /// <summary>A short, Python-like rendering for messages and debugging; not a wire format.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        AppendTo(builder);
        return builder.ToString();
    }

    internal void AppendTo(StringBuilder builder)
    {
        switch (Kind)
        {
            case XmlRpcValueKind.Nil: builder.Append("nil"); break;
            case XmlRpcValueKind.Integer: builder.Append(_bits.ToString(CultureInfo.InvariantCulture)); break;
            case XmlRpcValueKind.Boolean: builder.Append(_bits != 0 ? "True" : "False"); break;
            case XmlRpcValueKind.Double: builder.Append(AsDouble().ToString("R", CultureInfo.InvariantCulture)); break;
            case XmlRpcValueKind.String: builder.Append('\'').Append((string)_ref!).Append('\''); break;
            case XmlRpcValueKind.DateTime: builder.Append(XmlRpcDateTime.Format(AsDateTime())); break;
            case XmlRpcValueKind.Base64: builder.Append("base64(").Append(((byte[])_ref!).Length).Append(" bytes)"); break;
            case XmlRpcValueKind.Struct: ((XmlRpcStruct)_ref!).AppendTo(builder); break;
            case XmlRpcValueKind.Array: ((XmlRpcArray)_ref!).AppendTo(builder); break;
        }
    }

    private InvalidOperationException WrongKind(XmlRpcValueKind expected) =>
        new($"The XML-RPC value is {Kind}, not {expected}.");

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
