using System.Globalization;
using System.Text;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Rpc.Binding;

/// <summary>
/// The scalar converters and the coercions real clients need (docs/xmlrpc-binding.md):
/// <list type="bullet">
/// <item>int and double accept a decimal <c>&lt;string&gt;</c>: PHP's phpxmlrpc samples send every number so;</item>
/// <item>double accepts an int (gandi.cli sends bandwidth 102400, libcloud 102400.0);</item>
/// <item>boolean accepts int 0/1 and the strings "0", "1", "true", "false" (Perl sends a plain 1 as int);</item>
/// <item>string accepts an int, double or date by its raw text (Perl types "007" as &lt;int&gt;007&lt;/int&gt;)
/// and base64 as UTF-8 (Perl sends non-ASCII strings as base64).</item>
/// </list>
/// </summary>
internal static class ScalarConverters
{
    public static readonly ValueConverter Int32 = new IntegerConverter("int", int.MinValue, int.MaxValue, v => (int)v);
    public static readonly ValueConverter Int64 = new IntegerConverter("int", long.MinValue, long.MaxValue, v => v);
    public static readonly ValueConverter Double = new DoubleConverter();
    public static readonly ValueConverter Boolean = new BooleanConverter();
    public static readonly ValueConverter String = new StringConverter();
    public static readonly ValueConverter DateTime = new DateTimeConverter();
    public static readonly ValueConverter Bytes = new KindConverter("base64", XmlRpcValueKind.Base64, FaultObject.String, v => v.AsBytes());
    public static readonly ValueConverter Struct = new KindConverter("struct", XmlRpcValueKind.Struct, FaultObject.Struct, v => v.AsStruct());
    public static readonly ValueConverter Array = new KindConverter("array", XmlRpcValueKind.Array, FaultObject.List, v => v.AsArray());
    public static readonly ValueConverter Any = new AnyConverter();
    public static readonly ValueConverter ApiKey = new ApiKeyConverter();

    private sealed class IntegerConverter(string name, long min, long max, Func<long, object> box) : ValueConverter
    {
        public override string XmlRpcType => name;

        public override object? Convert(XmlRpcValue value, ArgumentPlace place)
        {
            long number;
            if (value.Kind == XmlRpcValueKind.Integer)
            {
                number = value.AsInt64();
            }
            else if (value.Kind == XmlRpcValueKind.String
                && long.TryParse(value.AsString().Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                number = parsed;
            }
            else
            {
                throw WrongType(FaultObject.Integer, place, "int", value);
            }

            if (number < min || number > max)
            {
                throw Errors.BadValue(FaultObject.Integer, place.Description, $"{number} is out of range");
            }

            return box(number);
        }
    }

    private sealed class DoubleConverter : ValueConverter
    {
        public override string XmlRpcType => "double";

        public override object? Convert(XmlRpcValue value, ArgumentPlace place) => value.Kind switch
        {
            XmlRpcValueKind.Double => value.AsDouble(),
            XmlRpcValueKind.Integer => (double)value.AsInt64(),
            XmlRpcValueKind.String when double.TryParse(value.AsString().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                && double.IsFinite(d) => d,
            _ => throw WrongType(FaultObject.Float, place, "double", value),
        };
    }

    private sealed class BooleanConverter : ValueConverter
    {
        public override string XmlRpcType => "boolean";

        public override object? Convert(XmlRpcValue value, ArgumentPlace place) => value.Kind switch
        {
            XmlRpcValueKind.Boolean => value.AsBoolean(),
            XmlRpcValueKind.Integer when value.AsInt64() is 0 or 1 => value.AsInt64() == 1,
            XmlRpcValueKind.String => value.AsString().Trim().ToLowerInvariant() switch
            {
                "1" or "true" => true,
                "0" or "false" => false,
                _ => throw WrongType(FaultObject.Boolean, place, "boolean", value),
            },
            _ => throw WrongType(FaultObject.Boolean, place, "boolean", value),
        };
    }

    private sealed class StringConverter : ValueConverter
    {
        private static readonly UTF8Encoding StrictUtf8 = new(false, true);

        public override string XmlRpcType => "string";

        public override object? Convert(XmlRpcValue value, ArgumentPlace place)
        {
            switch (value.Kind)
            {
                case XmlRpcValueKind.String:
                    CheckLength(value.AsString(), place.Limits.MaxString, place);
                    return value.AsString();
                case XmlRpcValueKind.Integer or XmlRpcValueKind.Double or XmlRpcValueKind.DateTime:
                    return value.RawText?.Trim() ?? value.ToString();
                case XmlRpcValueKind.Base64:
                    try
                    {
                        var text = StrictUtf8.GetString(value.AsBytes());
                        CheckLength(text, place.Limits.MaxString, place);
                        return text;
                    }
                    catch (DecoderFallbackException)
                    {
                        throw Errors.BadValue(FaultObject.String, place.Description, "base64 text is not UTF-8");
                    }

                default:
                    throw WrongType(FaultObject.String, place, "string", value);
            }
        }
    }

    private sealed class DateTimeConverter : ValueConverter
    {
        public override string XmlRpcType => "dateTime.iso8601";

        public override object? Convert(XmlRpcValue value, ArgumentPlace place)
        {
            if (value.Kind == XmlRpcValueKind.DateTime)
            {
                return value.AsDateTime();
            }

            // Filters send dates as strings: '2011-01-01 00:00:00' (Gandi's own examples) or ISO forms.
            if (value.Kind == XmlRpcValueKind.String)
            {
                var text = value.AsString().Trim();
                if (XmlRpcDateTime.TryParse(text.Replace(' ', 'T'), out var parsed))
                {
                    return parsed;
                }

                if (System.DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                        DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day))
                {
                    return day;
                }
            }

            throw WrongType(FaultObject.Date, place, "dateTime.iso8601", value);
        }
    }

    private sealed class KindConverter(string name, XmlRpcValueKind kind, FaultObject faultObject, Func<XmlRpcValue, object> get)
        : ValueConverter
    {
        public override string XmlRpcType => name;

        public override object? Convert(XmlRpcValue value, ArgumentPlace place) =>
            value.Kind == kind ? get(value) : throw WrongType(faultObject, place, name, value);
    }

    private sealed class AnyConverter : ValueConverter
    {
        public override string XmlRpcType => "any";

        public override object? Convert(XmlRpcValue value, ArgumentPlace place) => value;
    }

    private sealed class ApiKeyConverter : ValueConverter
    {
        public override string XmlRpcType => "string";

        public override object? Convert(XmlRpcValue value, ArgumentPlace place)
        {
            var text = value.Kind switch
            {
                XmlRpcValueKind.String => value.AsString(),
                XmlRpcValueKind.Integer or XmlRpcValueKind.Double or XmlRpcValueKind.DateTime => value.RawText ?? value.ToString(),
                _ => value.ToString(),
            };
            return Binding.ApiKey.IsWellFormed(text)
                ? new ApiKey(text)
                : throw Errors.MalformedApiKey(text);
        }
    }
}
