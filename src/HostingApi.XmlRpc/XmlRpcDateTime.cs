namespace HostingApi.XmlRpc;

/// <summary>
/// The <c>dateTime.iso8601</c> lexical forms. Writing always gives the basic form
/// <c>YYYYMMDDTHH:MM:SS</c> in UTC: the only form that Python's <c>use_datetime=True</c> (gandi.cli)
/// and PHP accept. Reading accepts what clients send: with or without dashes and colons,
/// with a fraction, with a <c>Z</c> or an offset (converted to UTC).
/// </summary>
public static class XmlRpcDateTime
{
    /// <summary>The length of the written form.</summary>
    public const int FormattedLength = 17;

    /// <summary>Formats a date as <c>YYYYMMDDTHH:MM:SS</c> (UTC, whole seconds).</summary>
    public static string Format(DateTime value)
    {
        Span<byte> buffer = stackalloc byte[FormattedLength];
        FormatUtf8(value, buffer);
        return System.Text.Encoding.ASCII.GetString(buffer);
    }

    /// <summary>Writes <c>YYYYMMDDTHH:MM:SS</c> into <paramref name="destination"/> (17 bytes).</summary>
    public static void FormatUtf8(DateTime value, Span<byte> destination)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        WriteDigits(destination[..4], utc.Year);
        WriteDigits(destination.Slice(4, 2), utc.Month);
        WriteDigits(destination.Slice(6, 2), utc.Day);
        destination[8] = (byte)'T';
        WriteDigits(destination.Slice(9, 2), utc.Hour);
        destination[11] = (byte)':';
        WriteDigits(destination.Slice(12, 2), utc.Minute);
        destination[14] = (byte)':';
        WriteDigits(destination.Slice(15, 2), utc.Second);
    }

    /// <summary>Parses any accepted form; the result is UTC. Returns false when the text is not a date.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime utc)
    {
        utc = default;
        var s = text.Trim();
        var pos = 0;

        // Date: YYYYMMDD or YYYY-MM-DD.
        if (!TryNumber(s, ref pos, 4, out var year))
        {
            return false;
        }

        var dashed = Skip(s, ref pos, '-');
        if (!TryNumber(s, ref pos, 2, out var month) || (dashed && !Skip(s, ref pos, '-')) || !TryNumber(s, ref pos, 2, out var day))
        {
            return false;
        }

        if (!Skip(s, ref pos, 'T') && !Skip(s, ref pos, 't'))
        {
            return false;
        }

        // Time: HH:MM:SS or HHMMSS, then an optional fraction.
        if (!TryNumber(s, ref pos, 2, out var hour))
        {
            return false;
        }

        var colons = Skip(s, ref pos, ':');
        if (!TryNumber(s, ref pos, 2, out var minute) || (colons && !Skip(s, ref pos, ':')) || !TryNumber(s, ref pos, 2, out var second))
        {
            return false;
        }

        long fractionTicks = 0;
        if (Skip(s, ref pos, '.') || Skip(s, ref pos, ','))
        {
            var scale = TimeSpan.TicksPerSecond;
            var digits = 0;
            while (pos < s.Length && char.IsAsciiDigit(s[pos]))
            {
                scale /= 10;
                fractionTicks += (s[pos] - '0') * scale;
                pos++;
                digits++;
            }

            if (digits == 0)
            {
                return false;
            }
        }

        // Zone: none (taken as UTC), Z, or +HH[:MM] / -HH[:MM].
        var offset = TimeSpan.Zero;
        if (Skip(s, ref pos, 'Z') || Skip(s, ref pos, 'z'))
        {
            // UTC.
        }
        else if (pos < s.Length && (s[pos] == '+' || s[pos] == '-'))
        {
            var sign = s[pos] == '-' ? -1 : 1;
            pos++;
            if (!TryNumber(s, ref pos, 2, out var offsetHours))
            {
                return false;
            }

            Skip(s, ref pos, ':');
            var offsetMinutes = 0;
            if (pos < s.Length && !TryNumber(s, ref pos, 2, out offsetMinutes))
            {
                return false;
            }

            offset = new TimeSpan(sign * offsetHours, sign * offsetMinutes, 0);
        }

        if (pos != s.Length || month is < 1 or > 12 || day < 1 || hour > 23 || minute > 59 || second > 59
            || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fractionTicks);
        var ticks = local.Ticks - offset.Ticks;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        utc = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }

    private static bool TryNumber(ReadOnlySpan<char> s, ref int pos, int digits, out int value)
    {
        value = 0;
        if (pos + digits > s.Length)
        {
            return false;
        }

        for (var i = 0; i < digits; i++)
        {
            var c = s[pos + i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        pos += digits;
        return true;
    }

    private static bool Skip(ReadOnlySpan<char> s, ref int pos, char expected)
    {
        if (pos < s.Length && s[pos] == expected)
        {
            pos++;
            return true;
        }

        return false;
    }

    private static void WriteDigits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
