using System.Globalization;
using HostingApi.Dialects.Gigas.Errors;

namespace HostingApi.Dialects.Gigas.Wire;

/// <summary>
/// Gigas' paging (its pagination page): <c>offset</c> and <c>limit</c>, or <c>page</c> (from 1) and
/// <c>per_page</c>; the body stays a bare list and the headers <c>X-Total</c>, <c>X-Total-Pages</c>,
/// <c>X-Per-Page</c>, <c>X-Page</c> say where it is. Without either, the whole list is one page.
/// </summary>
public static class GigasPaging
{
    public static readonly string[] Parameters = ["offset", "limit", "page", "per_page"];

    public static IResult Page<T>(HttpContext context, IReadOnlyList<T> all)
    {
        var query = context.Request.Query;
        var limit = Number(query, "limit", 1) ?? Number(query, "per_page", 1);
        var offset = Number(query, "offset", 0);
        if (offset is null && Number(query, "page", 1) is { } page)
        {
            offset = (page - 1) * (limit ?? all.Count);
        }

        var perPage = limit ?? Math.Max(all.Count, 1);
        var start = (int)Math.Min(offset ?? 0, all.Count);
        var items = all.Skip(start).Take((int)Math.Min(perPage, int.MaxValue)).ToList();
        var headers = context.Response.Headers;
        headers["X-Total"] = all.Count.ToString(CultureInfo.InvariantCulture);
        headers["X-Total-Pages"] = Math.Max(1, (all.Count + perPage - 1) / perPage).ToString(CultureInfo.InvariantCulture);
        headers["X-Per-Page"] = perPage.ToString(CultureInfo.InvariantCulture);
        headers["X-Page"] = ((offset ?? 0) / perPage + 1).ToString(CultureInfo.InvariantCulture);
        return Results.Json(items);
    }

    private static long? Number(IQueryCollection query, string name, long min)
    {
        if (!query.TryGetValue(name, out var value))
        {
            return null;
        }

        return long.TryParse(value.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= int.MaxValue
            ? n
            : throw GigasError.BadRequest($"{name} must be an integer of at least {min}, not '{value}'");
    }
}
