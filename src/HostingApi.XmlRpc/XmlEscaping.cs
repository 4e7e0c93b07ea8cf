using System.Buffers;

namespace HostingApi.XmlRpc;

/// <summary>
/// What must not appear raw in XML element content, and what is written instead.
/// </summary>
/// <remarks>
/// A carriage return is written as <c>&amp;#13;</c> because a parser turns a raw CR into LF.
/// Characters that XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR; U+FFFE;
/// U+FFFF) are written as U+FFFD: the alternative, a document every client rejects, is worse.
/// </remarks>
internal static class XmlEscaping
{
    public static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        "&<>\r\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    public static ReadOnlySpan<byte> Replacement(char c) => c switch
    {
        '&' => "&amp;"u8,
        '<' => "&lt;"u8,
        '>' => "&gt;"u8,
        '\r' => "&#13;"u8,
        _ => "\uFFFD"u8,
    };
}
