using HostingApi.Core.Services.Listing;

namespace HostingApi.Dialects.Gandi.V3;

/// <summary>
/// The help texts of the list and count methods, written from the listing's own filter and sort
/// keys: a filter added to a service shows in <c>system.methodHelp</c> without anyone retyping it.
/// </summary>
internal static class ListingHelp
{
    /// <summary>"Lists {what}; filters: …; sort_by: …." <paramref name="extraFilters"/>: keys the service resolves before the spec.</summary>
    public static string List<T>(string what, ListingSpec<T> spec, params string[] extraFilters)
        where T : class =>
        $"Lists {what}; filters: {Filters(spec, extraFilters)}; sort_by: {string.Join(", ", spec.SortKeys.Order(StringComparer.Ordinal))}.";

    /// <summary>"Counts {what}; filters: …." (a count takes the list's filters, and no sort).</summary>
    public static string Count<T>(string what, ListingSpec<T> spec, params string[] extraFilters)
        where T : class =>
        $"Counts {what}; filters: {Filters(spec, extraFilters)}.";

    // Declaration order; the >key and <key bounds of a date are not listed one by one but noted
    // after a run of dates: "date_created, date_updated (each also with > and <)".
    private static string Filters<T>(ListingSpec<T> spec, string[] extraFilters)
        where T : class
    {
        var keys = spec.FilterKeys;
        bool Bounded(string key) => keys.Contains(">" + key) && keys.Contains("<" + key);

        var parts = new List<string>();
        var run = new List<string>();
        void EndRun()
        {
            if (run.Count > 0)
            {
                parts.Add($"{string.Join(", ", run)} ({(run.Count == 1 ? "also" : "each also with")} > and <)");
                run.Clear();
            }
        }

        foreach (var key in keys.Where(k => k[0] is not ('>' or '<') || !Bounded(k[1..])))
        {
            if (Bounded(key))
            {
                run.Add(key);
                continue;
            }

            EndRun();
            parts.Add(key);
        }

        EndRun();
        return string.Join(", ", parts.Concat(extraFilters));
    }
}
