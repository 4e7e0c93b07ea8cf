namespace HostingApi.Core.Services.Listing;

/// <summary>
/// A <c>list</c> or <c>count</c> request, free of the wire: filters as (key, value) where a value is a
/// long, string, bool, double, DateTime, a list of those, or null; and Gandi's paging and sorting.
/// </summary>
public sealed record ListRequest(IReadOnlyList<KeyValuePair<string, object?>> Filters, int ItemsPerPage = 100, int Page = 0, string? SortBy = null)
{
    public const int DefaultItemsPerPage = 100;

    public static ListRequest Empty { get; } = new([]);

    /// <summary>A canonical text of the whole request, to key cached answers by.</summary>
    public string CacheKey() =>
        $"{ItemsPerPage}|{Page}|{SortBy}|{string.Join("|", Filters.Select(f => $"{f.Key}={Describe(f.Value)}"))}";

    private static string Describe(object? value) => value switch
    {
        null => "nil",
        IReadOnlyList<object?> list => "[" + string.Join(",", list.Select(Describe)) + "]",
        DateTime date => date.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => $"{value.GetType().Name}:{formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture)}",
        _ => $"{value.GetType().Name}:{value}",
    };
}
