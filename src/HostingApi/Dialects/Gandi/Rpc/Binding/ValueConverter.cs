using System.Collections.Concurrent;
using System.Reflection;
using HostingApi.Core.Services.Listing;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Rpc.Binding;

/// <summary>
/// Turns an XML-RPC value into the CLR type a handler asks for, or throws the fault that says
/// what was expected. One converter per parameter or struct member, chosen at startup.
/// </summary>
public abstract class ValueConverter
{
    private static readonly ConcurrentDictionary<Type, ValueConverter> StructConverters = new();

    /// <summary>The type as <c>system.methodSignature</c> and fault messages spell it.</summary>
    public abstract string XmlRpcType { get; }

    public abstract object? Convert(XmlRpcValue value, ArgumentPlace place);

    /// <summary>The fault for a value of the wrong type: the expected type's object, CAUSE_TYPE.</summary>
    protected static GandiError WrongType(FaultObject expected, ArgumentPlace place, string expectedType, XmlRpcValue given) =>
        Errors.WrongType(expected, place.Description, expectedType, Describe(given));

    private static string Describe(XmlRpcValue value) => value.Kind switch
    {
        XmlRpcValueKind.Nil or XmlRpcValueKind.Struct or XmlRpcValueKind.Array or XmlRpcValueKind.Base64 => XmlRpcTypeNames.Of(value.Kind),
        var kind => $"{XmlRpcTypeNames.Of(kind)} {Clip(value.ToString())}",
    };

    /// <summary>Refuses a string longer than <paramref name="max"/> characters: 501230, its length and the limit (never the text).</summary>
    protected static void CheckLength(string text, int max, ArgumentPlace place)
    {
        if (text.Length > max)
        {
            throw Errors.BadValue(FaultObject.String, place.Description, $"{text.Length} characters, at most {max} allowed");
        }
    }

    private static string Clip(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "...");

    /// <summary>
    /// The converter for a parameter or property type, or null when the type is not bound from
    /// the wire (a handler's service, say). <paramref name="nullable"/> lets nil through as null.
    /// </summary>
    public static ValueConverter? For(Type type, bool nullable)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return For(underlying, false) is { } inner ? new NullableConverter(inner) : null;
        }

        var converter = ForNonNullable(type);
        return converter is not null && nullable && type != typeof(XmlRpcValue) ? new NullableConverter(converter) : converter;
    }

    /// <summary>The converter for a parameter, reading its nullability annotations and its range.</summary>
    public static ValueConverter? For(ParameterInfo parameter) =>
        Texted(Ranged(For(parameter.ParameterType, IsNullable(new NullabilityInfoContext().Create(parameter))),
            parameter.ParameterType, parameter.Name ?? "", parameter.GetCustomAttribute<RpcRangeAttribute>()), parameter.GetCustomAttribute<RpcTextAttribute>());

    /// <summary>The converter for a property, reading its nullability annotations and its range.</summary>
    public static ValueConverter? For(PropertyInfo property) =>
        Texted(Ranged(For(property.PropertyType, IsNullable(new NullabilityInfoContext().Create(property))),
            property.PropertyType, property.Name, property.GetCustomAttribute<RpcRangeAttribute>()), property.GetCustomAttribute<RpcTextAttribute>());

    // A string that says what it holds gets that kind's limit (every string has MaxString anyway).
    private static ValueConverter? Texted(ValueConverter? converter, RpcTextAttribute? text) =>
        converter is not null && text is not null ? new TextConverter(converter, text.Kind) : converter;

    // Every number a client sends is bounded: its declared range, or for an int named ...Id, a positive id.
    private static ValueConverter? Ranged(ValueConverter? converter, Type type, string name, RpcRangeAttribute? range)
    {
        var number = Nullable.GetUnderlyingType(type) ?? type;
        range ??= number == typeof(int) && name.EndsWith("Id", StringComparison.Ordinal) ? RpcRangeAttribute.PositiveId : null;
        return converter is not null && range is not null ? new RangeConverter(converter, range) : converter;
    }

    private static bool IsNullable(NullabilityInfo info) => info.WriteState == NullabilityState.Nullable;

    private static ValueConverter? ForNonNullable(Type type)
    {
        if (type == typeof(int)) return ScalarConverters.Int32;
        if (type == typeof(long)) return ScalarConverters.Int64;
        if (type == typeof(double)) return ScalarConverters.Double;
        if (type == typeof(bool)) return ScalarConverters.Boolean;
        if (type == typeof(string)) return ScalarConverters.String;
        if (type == typeof(DateTime)) return ScalarConverters.DateTime;
        if (type == typeof(byte[])) return ScalarConverters.Bytes;
        if (type == typeof(ApiKey)) return ScalarConverters.ApiKey;
        if (type == typeof(XmlRpcValue)) return ScalarConverters.Any;
        if (type == typeof(XmlRpcStruct)) return ScalarConverters.Struct;
        if (type == typeof(XmlRpcArray)) return ScalarConverters.Array;
        if (type == typeof(ListRequest)) return ListRequestConverter.Instance;

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var itemType = type.GetGenericArguments()[0];
            var item = For(itemType, false)
                ?? throw new InvalidOperationException($"List items of type {itemType} cannot be bound from XML-RPC.");
            return (ValueConverter)Activator.CreateInstance(typeof(ListConverter<>).MakeGenericType(itemType), item)!;
        }

        if (type.GetCustomAttribute<RpcStructAttribute>() is not null)
        {
            return StructConverters.GetOrAdd(type, t => new StructConverter(t));
        }

        return null;
    }
}
