namespace HostingApi.Emulator.Journal;

/// <summary><c>/_emulator/journal</c>: read, count and clear the request journal (docs/control-plane.md, "Request journal").</summary>
public static class JournalEndpoints
{
    public static RouteGroupBuilder MapJournal(this RouteGroupBuilder control)
    {
        control.MapGet("/journal", (HttpRequest request, RequestJournal journal) => List(request, journal, journal.Calls));
        control.MapGet("/journal/unmatched", (HttpRequest request, RequestJournal journal) => List(request, journal, journal.Unmatched));
        control.MapGet("/journal/count", (HttpRequest request, RequestJournal journal) =>
        {
            var (filter, error) = JournalFilter.Parse(request.Query);
            return filter is null
                ? BadFilter(error!)
                : Results.Json(new { count = journal.Calls.Snapshot().Count(e => filter.Matches(e.Record)), enabled = journal.IsEnabled });
        });
        control.MapDelete("/journal", (RequestJournal journal) =>
        {
            journal.Clear();
            return Results.Json(new { cleared = true });
        });
        return control;
    }

    private static IResult List(HttpRequest request, RequestJournal journal, CallRing ring)
    {
        var (filter, error) = JournalFilter.Parse(request.Query);
        if (filter is null)
        {
            return BadFilter(error!);
        }

        var matching = ring.Snapshot().Where(e => filter.Matches(e.Record)).ToList();
        var calls = matching.Skip(Math.Max(0, matching.Count - filter.Limit)).Select(e => JournalEntryJson.Of(e.Sequence, e.Record)).ToList();
        return Results.Json(new
        {
            enabled = journal.IsEnabled,
            capacity = ring.Capacity,
            total = ring.Added,
            matched = matching.Count,
            calls,
        });
    }

    private static IResult BadFilter(string message) =>
        Results.Json(new { error = "bad_filter", message }, statusCode: StatusCodes.Status400BadRequest);
}
