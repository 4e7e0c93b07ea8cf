using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HostingApi.XmlRpc.Tests;

/// <summary>
/// A test-side rendering of parsed values for golden files: kind, value and raw wire text,
/// one line per value. Independent of the library's own ToString, so a bug there cannot hide.
/// </summary>
internal static class ValueDump
{
    public static string Of(XmlRpcMethodCall call)
    {
        var builder = new StringBuilder().Append("methodCall ").Append(call.MethodName).Append('\n');
        for (var i = 0; i < call.Parameters.Count; i++)
        {
            Append(builder, $"[{i}] ", call.Parameters[i], 1);
        }

        return builder.ToString();
    }

    public static string Of(XmlRpcMethodResponse response)
    {
        var builder = new StringBuilder();
        if (response.IsFault)
        {
            builder.Append(CultureInfo.InvariantCulture, $"fault {response.Fault.Code} {Quote(response.Fault.Message)}\n");
        }
        else
        {
            Append(builder.Append("methodResponse\n"), string.Empty, response.Value, 1);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string label, XmlRpcValue value, int indent)
    {
        builder.Append(' ', indent * 2).Append(label);
        switch (value.Kind)
        {
            case XmlRpcValueKind.Struct:
                builder.Append("struct\n");
                foreach (var (name, member) in value.AsStruct())
                {
                    Append(builder, Quote(name) + ": ", member, indent + 1);
                }

                return;
            case XmlRpcValueKind.Array:
                builder.Append("array\n");
                var items = value.AsArray();
                for (var i = 0; i < items.Count; i++)
                {
                    Append(builder, $"[{i}] ", items[i], indent + 1);
                }

                return;
            case XmlRpcValueKind.Nil: builder.Append("nil"); break;
            case XmlRpcValueKind.Integer: builder.Append("int ").Append(value.AsInt64().ToString(CultureInfo.InvariantCulture)); break;
            case XmlRpcValueKind.Boolean: builder.Append("boolean ").Append(value.AsBoolean() ? "true" : "false"); break;
            case XmlRpcValueKind.Double: builder.Append("double ").Append(value.AsDouble().ToString("R", CultureInfo.InvariantCulture)); break;
            case XmlRpcValueKind.String: builder.Append("string ").Append(Quote(value.AsString())); break;
            case XmlRpcValueKind.DateTime: builder.Append("dateTime ").Append(value.AsDateTime().ToString("O", CultureInfo.InvariantCulture)); break;
            case XmlRpcValueKind.Base64: builder.Append("base64 ").Append(Convert.ToHexString(value.AsBytes())); break;
        }

        if (value.RawText is { } raw)
        {
            builder.Append(" (raw ").Append(Quote(raw)).Append(')');
        }

        builder.Append('\n');
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Quote(string text) => JsonSerializer.Serialize(text, Readable);
}
