using System.Globalization;

namespace HostingApi.Dialects.Gigas.Wire;

/// <summary>Dates as ISO 8601 in UTC (<c>2026-01-05T10:00:00Z</c>): the seed names them without a format.</summary>
public static class GigasDates
{
    public static string Of(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
