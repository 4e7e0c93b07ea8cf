using System.Globalization;

namespace HostingApi.Core.Services.Listing;

/// <summary>Dates as list filters take them in strings: <c>'2011-01-01 00:00:00'</c> (Gandi's examples), <c>'2011-01-01'</c>, ISO 8601. UTC.</summary>
public static class FilterDates
{
    private static readonly string[] Formats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK", "yyyyMMdd'T'HH:mm:ss"];

    public static bool TryParse(string text, out DateTime utc) =>
        DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out utc);
}
