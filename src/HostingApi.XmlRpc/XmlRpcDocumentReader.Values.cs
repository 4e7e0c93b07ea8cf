using System.Globalization;
using System.Text;
using System.Xml;

namespace HostingApi.XmlRpc;

/// <summary>The value grammar: value, the scalar types, struct, array, and the limits on them.</summary>
internal sealed partial class XmlRpcDocumentReader
{
    // Positioned on <value>; leaves the reader after </value>.
    private XmlRpcValue ReadValue(int depth)
    {
        CountElement();
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return XmlRpcValue.FromString(string.Empty);
        }

        _xml.Read();
        StringBuilder? text = null;
        string? firstText = null;
        while (true)
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (firstText is null)
                    {
                        firstText = _xml.Value;
                    }
                    else
                    {
                        text ??= new StringBuilder(firstText);
                        text.Append(_xml.Value);
                    }

                    _xml.Read();
                    break;

                case XmlNodeType.Element:
                    if (!string.IsNullOrWhiteSpace(text?.ToString() ?? firstText))
                    {
                        throw Error("a <value> holds both text and an element");
                    }

                    var typed = ReadTyped(depth);
                    ExpectEnd("value");
                    return typed;

                case XmlNodeType.EndElement:
                    _xml.Read();
                    return XmlRpcValue.FromString(text?.ToString() ?? firstText ?? string.Empty);

                default:
                    throw Error($"unexpected {Describe()} in <value>");
            }
        }
    }

    // Positioned on the type element inside <value>; leaves the reader after its end tag.
    private XmlRpcValue ReadTyped(int depth)
    {
        CountElement();
        var type = _xml.LocalName;
        switch (type)
        {
            case "struct":
                return ReadStruct(depth);
            case "array":
                return ReadArray(depth);
            case "nil":
                ReadScalarText();
                return XmlRpcValue.Nil;
        }

        var text = ReadScalarText();
        return type switch
        {
            "string" => XmlRpcValue.FromString(text),
            "int" or "i4" or "i8" => long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var number)
                ? XmlRpcValue.FromWireInteger(number, text)
                : throw Error($"<{type}> '{Clip(text)}' is not an integer in the 64-bit range"),
            "boolean" => ParseBoolean(text),
            "double" => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real)
                ? XmlRpcValue.FromWireDouble(real, text)
                : throw Error($"<double> '{Clip(text)}' is not a finite number"),
            "dateTime.iso8601" => XmlRpcDateTime.TryParse(text, out var date)
                ? XmlRpcValue.FromWireDateTime(date, text)
                : throw Error($"<dateTime.iso8601> '{Clip(text)}' is not a date"),
            "base64" => ParseBase64(text),
            _ => throw Error($"unknown value type <{type}>"),
        };
    }

    private XmlRpcValue ReadStruct(int depth)
    {
        CheckDepth(depth);
        var result = new XmlRpcStruct();
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return result;
        }

        _xml.Read();
        while (MoveToContent() != XmlNodeType.EndElement)
        {
            ExpectStart("member");
            CountElement();
            if (_xml.IsEmptyElement)
            {
                throw Error("<member> holds no <name> and <value>");
            }

            _xml.Read();
            string? name = null;
            XmlRpcValue? value = null;
            while (MoveToContent() != XmlNodeType.EndElement)
            {
                if (_xml.NodeType == XmlNodeType.Element && _xml.LocalName == "name" && name is null)
                {
                    CountElement();
                    name = _xml.ReadElementContentAsString();
                }
                else if (_xml.NodeType == XmlNodeType.Element && _xml.LocalName == "value" && value is null)
                {
                    value = ReadValue(depth + 1);
                }
                else
                {
                    throw Error($"unexpected {Describe()} in <member>");
                }
            }

            if (name is null || value is null)
            {
                throw Error("<member> needs one <name> and one <value>");
            }

            _xml.Read();
            result[name] = value.Value;
        }

        _xml.Read();
        return result;
    }

    private XmlRpcValue ReadArray(int depth)
    {
        CheckDepth(depth);
        var result = new XmlRpcArray();
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return result;
        }

        _xml.Read();
        ExpectStart("data");
        CountElement();
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
        }
        else
        {
            _xml.Read();
            while (MoveToContent() != XmlNodeType.EndElement)
            {
                ExpectStart("value");
                result.Add(ReadValue(depth + 1));
            }

            _xml.Read();
        }

        ExpectEnd("array");
        return result;
    }

    private string ReadScalarText()
    {
        try
        {
            return _xml.ReadElementContentAsString();
        }
        catch (XmlException e) when (_xml.NodeType == XmlNodeType.Element)
        {
            throw Error($"a scalar value holds an element: {e.Message}");
        }
    }

    private XmlRpcValue ParseBoolean(string text) => text.Trim() switch
    {
        "1" => true,
        "0" => false,
        var t when t.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var t when t.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        _ => throw Error($"<boolean> '{Clip(text)}' is not 0 or 1"),
    };

    private XmlRpcValue ParseBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw Error("<base64> is not valid base64");
        }
    }
}
