namespace HostingApi.XmlRpc;

/// <summary>
/// A document is not well-formed XML or not valid XML-RPC. Says where: line and position
/// are 1-based, 0 when unknown.
/// </summary>
public sealed class XmlRpcFormatException : FormatException
{
    /// <summary>Creates the exception for a problem at a place in the document.</summary>
    public XmlRpcFormatException(string reason, int lineNumber, int linePosition, Exception? innerException = null)
        : base(lineNumber > 0 ? $"{reason} (line {lineNumber}, position {linePosition})" : reason, innerException)
    {
        Reason = reason;
        LineNumber = lineNumber;
        LinePosition = linePosition;
    }

    /// <summary>What is wrong, without the place.</summary>
    public string Reason { get; }

    /// <summary>The 1-based line, or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based position in the line, or 0 when unknown.</summary>
    public int LinePosition { get; }
}
