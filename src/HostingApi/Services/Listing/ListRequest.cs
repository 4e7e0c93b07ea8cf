namespace HostingApi.Services.Listing;

/// <summary>
/// A <c>list</c> or <c>count</c> request, free of the wire: filters as (key, value) where a value is a
/// long, string, bool, double, DateTime, a list of those, or null; and Gandi's paging and sorting.
/// </summary>
public sealed record ListRequest(IReadOnlyList<KeyValuePair<string, object?>> Filters, int ItemsPerPage = 100, int Page = 0, string? SortBy = null)
{
    public const int DefaultItemsPerPage = 100;

    public static ListRequest Empty { get; } = new([]);
}
