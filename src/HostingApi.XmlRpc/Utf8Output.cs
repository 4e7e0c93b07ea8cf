using System.Buffers;
using System.Buffers.Text;
using System.Text.Unicode;

namespace HostingApi.XmlRpc;

/// <summary>
/// Appends UTF-8 bytes to an <see cref="IBufferWriter{T}"/> through a cached span, committing
/// (Advance) only when the span runs out or at the end. No XmlWriter, no intermediate strings.
/// </summary>
internal ref struct Utf8Output(IBufferWriter<byte> writer)
{
    private const int MinimumChunk = 4096;

    private Span<byte> _span;
    private int _position;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _span.Length - _position)
        {
            Grow(bytes.Length);
        }

        bytes.CopyTo(_span[_position..]);
        _position += bytes.Length;
    }

    public void WriteInt64(long value)
    {
        if (_span.Length - _position < 20)
        {
            Grow(20);
        }

        Utf8Formatter.TryFormat(value, _span[_position..], out var written);
        _position += written;
    }

    public void WriteDouble(double value)
    {
        if (_span.Length - _position < 32)
        {
            Grow(32);
        }

        // Shortest text that round-trips; invariant culture. Exponents appear only outside
        // 1e-5..1e15 ("1E+20"), which Python, Perl and PHP all read.
        value.TryFormat(_span[_position..], out var written, "R", System.Globalization.CultureInfo.InvariantCulture);
        _position += written;
    }

    public void WriteDateTime(DateTime value)
    {
        if (_span.Length - _position < XmlRpcDateTime.FormattedLength)
        {
            Grow(XmlRpcDateTime.FormattedLength);
        }

        XmlRpcDateTime.FormatUtf8(value, _span[_position..]);
        _position += XmlRpcDateTime.FormattedLength;
    }

    public void WriteBase64(byte[] bytes)
    {
        var length = Base64.GetMaxEncodedToUtf8Length(bytes.Length);
        if (_span.Length - _position < length)
        {
            Grow(length);
        }

        Base64.EncodeToUtf8(bytes, _span[_position..], out _, out var written);
        _position += written;
    }

    /// <summary>Writes text as UTF-8, escaped for element content.</summary>
    public void WriteEscaped(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var special = text.IndexOfAny(XmlEscaping.NeedsEscape);
            var run = special < 0 ? text : text[..special];
            if (!run.IsEmpty)
            {
                WriteUtf8(run);
            }

            if (special < 0)
            {
                return;
            }

            Write(XmlEscaping.Replacement(text[special]));
            text = text[(special + 1)..];
        }
    }

    public void Flush()
    {
        if (_position > 0)
        {
            writer.Advance(_position);
        }

        _span = default;
        _position = 0;
    }

    private void WriteUtf8(ReadOnlySpan<char> run)
    {
        // At most 3 bytes per UTF-16 char; a surrogate pair is 2 chars for 4 bytes.
        var max = run.Length * 3;
        if (_span.Length - _position < max)
        {
            Grow(max);
        }

        // Lone surrogates become U+FFFD: they have no UTF-8 form.
        Utf8.FromUtf16(run, _span[_position..], out _, out var written, replaceInvalidSequences: true);
        _position += written;
    }

    private void Grow(int needed)
    {
        Flush();
        _span = writer.GetSpan(Math.Max(needed, MinimumChunk));
    }
}
