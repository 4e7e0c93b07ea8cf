using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;
using HostingApi.XmlRpc;

namespace HostingApi.Benchmarks;

/// <summary>
/// The same documents written with System.Xml's XmlWriter, as the bench-baselines' codec endpoint
/// does: the reference the direct writer is measured against (ADR-001).
/// </summary>
internal static class XmlWriterReference
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    public static void WriteResponse(IBufferWriter<byte> output, XmlRpcValue value)
    {
        using var stream = new BufferWriterStream(output);
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("methodResponse");
        xml.WriteStartElement("params");
        xml.WriteStartElement("param");
        WriteValue(xml, value);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteValue(XmlWriter xml, XmlRpcValue value)
    {
        xml.WriteStartElement("value");
        switch (value.Kind)
        {
            case XmlRpcValueKind.Integer: xml.WriteElementString("int", value.AsInt64().ToString(CultureInfo.InvariantCulture)); break;
            case XmlRpcValueKind.Boolean: xml.WriteElementString("boolean", value.AsBoolean() ? "1" : "0"); break;
            case XmlRpcValueKind.Double: xml.WriteElementString("double", value.AsDouble().ToString("R", CultureInfo.InvariantCulture)); break;
            case XmlRpcValueKind.String: xml.WriteElementString("string", value.AsString()); break;
            case XmlRpcValueKind.DateTime: xml.WriteElementString("dateTime.iso8601", XmlRpcDateTime.Format(value.AsDateTime())); break;
            case XmlRpcValueKind.Base64: xml.WriteElementString("base64", Convert.ToBase64String(value.AsBytes())); break;
            case XmlRpcValueKind.Nil: xml.WriteElementString("nil", null); break;
            case XmlRpcValueKind.Struct:
                xml.WriteStartElement("struct");
                foreach (var (name, member) in value.AsStruct())
                {
                    xml.WriteStartElement("member");
                    xml.WriteElementString("name", name);
                    WriteValue(xml, member);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
                break;
            case XmlRpcValueKind.Array:
                xml.WriteStartElement("array");
                xml.WriteStartElement("data");
                foreach (var item in value.AsArray())
                {
                    WriteValue(xml, item);
                }

                xml.WriteEndElement();
                xml.WriteEndElement();
                break;
        }

        xml.WriteEndElement();
    }

    private sealed class BufferWriterStream(IBufferWriter<byte> output) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => output.Write(buffer);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
