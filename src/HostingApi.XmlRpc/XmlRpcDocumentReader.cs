using System.Globalization;
using System.Text;
using System.Xml;

namespace HostingApi.XmlRpc;

/// <summary>
/// One pass over one document. Recursive descent over <see cref="XmlReader"/> nodes, counting
/// elements and depth as it goes, so a limit is hit before the memory is spent. This file reads the
/// document's structure (methodCall, methodResponse, params, fault); XmlRpcDocumentReader.Values.cs
/// reads the values.
/// </summary>
internal sealed partial class XmlRpcDocumentReader : IDisposable
{
    private static readonly XmlReaderSettings DefaultSettings = CreateSettings(XmlRpcReaderOptions.Default.MaxCharacters);

    private readonly XmlReader _xml;
    private readonly XmlRpcReaderOptions _options;
    private int _elements;

    public XmlRpcDocumentReader(Stream input, XmlRpcReaderOptions options)
    {
        _options = options;
        var settings = options.MaxCharacters == DefaultSettings.MaxCharactersInDocument
            ? DefaultSettings
            : CreateSettings(options.MaxCharacters);
        _xml = XmlReader.Create(input, settings);
    }

    private static XmlReaderSettings CreateSettings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        // White space inside <string> is data; white space between elements is skipped by hand.
        IgnoreWhitespace = false,
        CloseInput = false,
        MaxCharactersInDocument = maxCharacters,
    };

    public XmlRpcMethodCall ReadMethodCall()
    {
        return Guard(() =>
        {
            EnterRoot("methodCall");
            ExpectStart("methodName");
            var name = _xml.ReadElementContentAsString().Trim();
            if (name.Length == 0)
            {
                throw Error("<methodName> is empty");
            }

            var parameters = new List<XmlRpcValue>();
            if (MoveToContent() == XmlNodeType.Element && _xml.LocalName == "params")
            {
                ReadParams(parameters);
            }

            LeaveRoot("methodCall");
            return new XmlRpcMethodCall(name, parameters);
        });
    }

    public XmlRpcMethodResponse ReadMethodResponse()
    {
        return Guard(() =>
        {
            EnterRoot("methodResponse");
            XmlRpcMethodResponse response;
            if (MoveToContent() == XmlNodeType.Element && _xml.LocalName == "fault")
            {
                response = XmlRpcMethodResponse.Failure(ReadFault());
            }
            else
            {
                var parameters = new List<XmlRpcValue>(1);
                ExpectStart("params");
                ReadParams(parameters);
                if (parameters.Count != 1)
                {
                    throw Error($"a <methodResponse> holds exactly one <param>, found {parameters.Count}");
                }

                response = XmlRpcMethodResponse.Success(parameters[0]);
            }

            LeaveRoot("methodResponse");
            return response;
        });
    }

    public void Dispose() => _xml.Dispose();

    private void EnterRoot(string root)
    {
        if (MoveToContent() != XmlNodeType.Element || _xml.LocalName != root)
        {
            throw Error($"expected a <{root}> document, found {Describe()}");
        }

        CountElement();
        if (_xml.IsEmptyElement)
        {
            throw Error($"<{root}> is empty");
        }

        _xml.Read();
    }

    private void LeaveRoot(string root)
    {
        ExpectEnd(root);

        // Read to the end so that anything after the root (truncation, a second root) is an error too.
        while (_xml.Read())
        {
            if (_xml.NodeType is not (XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
            {
                throw Error($"unexpected {Describe()} after </{root}>");
            }
        }
    }

    private void ReadParams(List<XmlRpcValue> parameters)
    {
        CountElement();
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return;
        }

        _xml.Read();
        while (MoveToContent() != XmlNodeType.EndElement)
        {
            ExpectStart("param");
            CountElement();
            if (_xml.IsEmptyElement)
            {
                throw Error("<param> holds no <value>");
            }

            _xml.Read();
            ExpectStart("value");
            parameters.Add(ReadValue(1));
            ExpectEnd("param");
        }

        _xml.Read();
    }

    private XmlRpcFault ReadFault()
    {
        CountElement();
        _xml.Read();
        ExpectStart("value");
        var value = ReadValue(1);
        ExpectEnd("fault");
        if (value.Kind != XmlRpcValueKind.Struct
            || !value.AsStruct().TryGetValue("faultCode", out var code)
            || !value.AsStruct().TryGetValue("faultString", out var text))
        {
            throw Error("a <fault> holds a struct with faultCode and faultString");
        }

        var faultCode = code.Kind switch
        {
            XmlRpcValueKind.Integer => (int)code.AsInt64(),
            XmlRpcValueKind.String when int.TryParse(code.AsString(), CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw Error("faultCode is not an integer"),
        };
        return new XmlRpcFault(faultCode, text.Kind == XmlRpcValueKind.String ? text.AsString() : text.ToString());
    }

    private XmlNodeType MoveToContent()
    {
        var type = _xml.MoveToContent();
        if (type is XmlNodeType.Text or XmlNodeType.CDATA)
        {
            throw Error($"unexpected text '{Clip(_xml.Value.Trim())}'");
        }

        return type;
    }

    private void ExpectStart(string name)
    {
        if (MoveToContent() != XmlNodeType.Element || _xml.LocalName != name)
        {
            throw Error($"expected <{name}>, found {Describe()}");
        }
    }

    private void ExpectEnd(string name)
    {
        if (MoveToContent() != XmlNodeType.EndElement || _xml.LocalName != name)
        {
            throw Error($"expected </{name}>, found {Describe()}");
        }

        _xml.Read();
    }

    private void CountElement()
    {
        if (++_elements > _options.MaxElements)
        {
            throw Error($"the document holds more than {_options.MaxElements} elements");
        }
    }

    private void CheckDepth(int depth)
    {
        if (depth > _options.MaxDepth)
        {
            throw Error($"values nest deeper than {_options.MaxDepth} levels");
        }
    }

    private string Describe() => _xml.NodeType switch
    {
        XmlNodeType.Element => $"<{_xml.Name}>",
        XmlNodeType.EndElement => $"</{_xml.Name}>",
        XmlNodeType.None => "the end of the document",
        XmlNodeType.Text or XmlNodeType.CDATA => $"text '{Clip(_xml.Value.Trim())}'",
        var other => other.ToString(),
    };

    private static string Clip(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "...");

    private XmlRpcFormatException Error(string reason)
    {
        var info = (IXmlLineInfo)_xml;
        return new XmlRpcFormatException(reason, info.LineNumber, info.LinePosition);
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException e)
        {
            // Some XmlExceptions (a prohibited DTD) carry no place; the reader still knows it.
            var info = (IXmlLineInfo)_xml;
            var line = e.LineNumber > 0 ? e.LineNumber : info.LineNumber;
            var position = e.LineNumber > 0 ? e.LinePosition : info.LinePosition;
            throw new XmlRpcFormatException(StripPlace(e.Message), line, position, e);
        }
        catch (DecoderFallbackException e)
        {
            var info = (IXmlLineInfo)_xml;
            throw new XmlRpcFormatException("the document is not valid in its encoding", info.LineNumber, info.LinePosition, e);
        }
    }

    // XmlException messages end in " Line 3, position 7."; the place is carried separately.
    private static string StripPlace(string message)
    {
        var index = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return (index > 0 ? message[..index] : message).TrimEnd('.', ' ');
    }
}
