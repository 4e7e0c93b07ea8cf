using System.Buffers;
using System.Globalization;
using System.Text;

namespace HostingApi.Core.Diagnostics;

/// <summary>
/// A value from a request made safe for a log line: one line, bounded. A method name holding a
/// newline would otherwise write a forged line into the log, and a 10 MB one would be logged whole.
/// </summary>
public static class LogValue
{
    /// <summary>The most characters of a value that are logged.</summary>
    public const int MaxLength = 200;

    // What needs escaping: C0 controls, backslash, DEL and C1 controls, the Unicode line separators.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(i => (char)i)) + "\\"
        + string.Concat(Enumerable.Range(0x7f, 0x21).Select(i => (char)i)) + "\u2028\u2029");

    /// <summary>
    /// CR and LF as <c>\r</c> and <c>\n</c>, other control characters and the Unicode line and
    /// paragraph separators as <c>\uXXXX</c>, a backslash as <c>\\</c> (so an escape cannot be
    /// faked), and past <see cref="MaxLength"/> characters the rest replaced by a marker giving the
    /// full length. A plain, short value (every real call) is returned as it is, without a copy.
    /// </summary>
    public static string Escape(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        if (value.Length <= MaxLength && !value.AsSpan().ContainsAny(Special))
        {
            return value;
        }

        var kept = Math.Min(value.Length, MaxLength);
        if (kept < value.Length && char.IsHighSurrogate(value[kept - 1]))
        {
            kept--; // not half a pair
        }

        var builder = new StringBuilder(kept + 32);
        foreach (var c in value.AsSpan(0, kept))
        {
            _ = c switch
            {
                '\r' => builder.Append("\\r"),
                '\n' => builder.Append("\\n"),
                '\\' => builder.Append("\\\\"),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        if (kept < value.Length)
        {
            builder.Append(CultureInfo.InvariantCulture, $"...({value.Length} chars)");
        }

        return builder.ToString();
    }
}
