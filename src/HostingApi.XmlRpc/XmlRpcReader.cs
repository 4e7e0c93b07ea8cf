using System.Xml;

namespace HostingApi.XmlRpc;

/// <summary>
/// Reads XML-RPC documents. Streaming on <see cref="XmlReader"/>, DTDs prohibited (no entity
/// expansion, no external resources), with the limits of <see cref="XmlRpcReaderOptions"/>.
/// The encoding comes from a BOM or the XML declaration (UTF-8 when there is neither).
/// Every problem is an <see cref="XmlRpcFormatException"/> saying where.
/// </summary>
public static class XmlRpcReader
{
    /// <summary>Reads a <c>&lt;methodCall&gt;</c>.</summary>
    public static XmlRpcMethodCall ReadMethodCall(Stream utf8Xml, XmlRpcReaderOptions? options = null)
    {
        using var document = new XmlRpcDocumentReader(utf8Xml, options ?? XmlRpcReaderOptions.Default);
        return document.ReadMethodCall();
    }

    /// <summary>Reads a <c>&lt;methodCall&gt;</c> from bytes.</summary>
    public static XmlRpcMethodCall ReadMethodCall(ReadOnlyMemory<byte> xml, XmlRpcReaderOptions? options = null)
    {
        using var stream = new ReadOnlyMemoryStream(xml);
        return ReadMethodCall(stream, options);
    }

    /// <summary>Reads a <c>&lt;methodResponse&gt;</c>: a value or a fault.</summary>
    public static XmlRpcMethodResponse ReadMethodResponse(Stream xml, XmlRpcReaderOptions? options = null)
    {
        using var document = new XmlRpcDocumentReader(xml, options ?? XmlRpcReaderOptions.Default);
        return document.ReadMethodResponse();
    }

    /// <summary>Reads a <c>&lt;methodResponse&gt;</c> from bytes.</summary>
    public static XmlRpcMethodResponse ReadMethodResponse(ReadOnlyMemory<byte> xml, XmlRpcReaderOptions? options = null)
    {
        using var stream = new ReadOnlyMemoryStream(xml);
        return ReadMethodResponse(stream, options);
    }
}
