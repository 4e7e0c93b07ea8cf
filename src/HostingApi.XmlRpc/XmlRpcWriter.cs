using System.Buffers;

namespace HostingApi.XmlRpc;

/// <summary>
/// Writes XML-RPC documents as UTF-8 straight into an <see cref="IBufferWriter{T}"/>.
/// Wire rules: <c>&lt;int&gt;</c> for every integer (never <c>&lt;i8&gt;</c>: Perl dies on it),
/// booleans <c>0</c>/<c>1</c>, dates <c>YYYYMMDDTHH:MM:SS</c> in UTC, every string typed
/// (an untyped empty <c>&lt;value/&gt;</c> makes Go's kolo/xmlrpc drop what follows),
/// no BOM, no indentation.
/// </summary>
public static class XmlRpcWriter
{
    private const int MaxDepth = 256;

    private static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8;

    /// <summary>Writes a successful <c>&lt;methodResponse&gt;</c> holding <paramref name="value"/>.</summary>
    public static void WriteResponse(IBufferWriter<byte> output, XmlRpcValue value, XmlRpcWriterOptions? options = null)
    {
        var o = new Utf8Output(output);
        o.Write(Declaration);
        o.Write("<methodResponse><params><param>"u8);
        WriteValue(ref o, value, options ?? XmlRpcWriterOptions.Default, 0);
        o.Write("</param></params></methodResponse>\n"u8);
        o.Flush();
    }

    /// <summary>Writes a fault <c>&lt;methodResponse&gt;</c>.</summary>
    public static void WriteFault(IBufferWriter<byte> output, XmlRpcFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var o = new Utf8Output(output);
        o.Write(Declaration);
        o.Write("<methodResponse><fault><value><struct><member><name>faultCode</name><value><int>"u8);
        o.WriteInt64(fault.Code);
        o.Write("</int></value></member><member><name>faultString</name><value><string>"u8);
        o.WriteEscaped(fault.Message);
        o.Write("</string></value></member></struct></value></fault></methodResponse>\n"u8);
        o.Flush();
    }

    /// <summary>Writes a <c>&lt;methodCall&gt;</c> (for clients and tests).</summary>
    public static void WriteMethodCall(
        IBufferWriter<byte> output, string methodName, IEnumerable<XmlRpcValue> parameters, XmlRpcWriterOptions? options = null)
    {
        var o = new Utf8Output(output);
        o.Write(Declaration);
        o.Write("<methodCall><methodName>"u8);
        o.WriteEscaped(methodName);
        o.Write("</methodName><params>"u8);
        foreach (var parameter in parameters)
        {
            o.Write("<param>"u8);
            WriteValue(ref o, parameter, options ?? XmlRpcWriterOptions.Default, 0);
            o.Write("</param>"u8);
        }

        o.Write("</params></methodCall>\n"u8);
        o.Flush();
    }

    /// <summary>Writes a successful response into a new array (convenience for tests and tools).</summary>
    public static byte[] ResponseToBytes(XmlRpcValue value, XmlRpcWriterOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        WriteResponse(buffer, value, options);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteValue(ref Utf8Output o, XmlRpcValue value, XmlRpcWriterOptions options, int depth)
    {
        if (depth > MaxDepth)
        {
            // Only a value graph built in code can get here (a struct holding itself, say).
            throw new InvalidOperationException($"XML-RPC values nest deeper than {MaxDepth} levels.");
        }

        switch (value.Kind)
        {
            case XmlRpcValueKind.Nil:
                o.Write(options.AllowNil ? "<value><nil/></value>"u8 : "<value><string></string></value>"u8);
                break;
            case XmlRpcValueKind.Integer:
                o.Write("<value><int>"u8);
                o.WriteInt64(value.AsInt64());
                o.Write("</int></value>"u8);
                break;
            case XmlRpcValueKind.Boolean:
                o.Write(value.AsBoolean() ? "<value><boolean>1</boolean></value>"u8 : "<value><boolean>0</boolean></value>"u8);
                break;
            case XmlRpcValueKind.String:
                o.Write("<value><string>"u8);
                o.WriteEscaped(value.AsString());
                o.Write("</string></value>"u8);
                break;
            case XmlRpcValueKind.Double:
                o.Write("<value><double>"u8);
                o.WriteDouble(value.AsDouble());
                o.Write("</double></value>"u8);
                break;
            case XmlRpcValueKind.DateTime:
                o.Write("<value><dateTime.iso8601>"u8);
                o.WriteDateTime(value.AsDateTime());
                o.Write("</dateTime.iso8601></value>"u8);
                break;
            case XmlRpcValueKind.Base64:
                o.Write("<value><base64>"u8);
                o.WriteBase64(value.AsBytes());
                o.Write("</base64></value>"u8);
                break;
            case XmlRpcValueKind.Struct:
                WriteStruct(ref o, value.AsStruct(), options, depth);
                break;
            case XmlRpcValueKind.Array:
                WriteArray(ref o, value.AsArray(), options, depth);
                break;
        }
    }

    private static void WriteStruct(ref Utf8Output o, XmlRpcStruct value, XmlRpcWriterOptions options, int depth)
    {
        o.Write("<value><struct>"u8);
        foreach (var (name, member) in value.Members)
        {
            if (member.IsNil && !options.AllowNil)
            {
                continue;
            }

            o.Write("<member><name>"u8);
            o.WriteEscaped(name);
            o.Write("</name>"u8);
            WriteValue(ref o, member, options, depth + 1);
            o.Write("</member>"u8);
        }

        o.Write("</struct></value>"u8);
    }

    private static void WriteArray(ref Utf8Output o, XmlRpcArray value, XmlRpcWriterOptions options, int depth)
    {
        o.Write("<value><array><data>"u8);
        foreach (var item in value.Items)
        {
            WriteValue(ref o, item, options, depth + 1);
        }

        o.Write("</data></array></value>"u8);
    }
}
