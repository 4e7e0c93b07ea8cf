using HostingApi.Core.Errors;
using System.Linq.Expressions;
using HostingApi.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services.Listing;

/// <summary>
/// The one listing mechanism every <c>list</c>/<c>count</c> method uses: which filter keys an object
/// accepts and what each means, which fields <c>sort_by</c> may name, and Gandi's paging. Everything
/// becomes an expression EF Core turns into SQL (values travel as parameters, so query plans are
/// reused): nothing is filtered in memory.
/// </summary>
/// <remarks>
/// Gandi's conventions: a plain key is equality, and "int or array of int" keys take a list as
/// membership (IN); <c>~field</c> is a SQL LIKE pattern with <c>%</c>; <c>&gt;field</c>/<c>&lt;field</c>
/// bound a date; <c>sort_by</c> is <c>'field'</c>, <c>'field ASC'</c> or <c>'field DESC'</c>; pages are
/// <c>items_per_page</c> long (100) and numbered from 0. An unknown key is a fault, not silently ignored.
/// Each service keeps its specs in <c>internal static</c> fields: the dialect writes its list and count
/// help texts from their keys, so the help cannot drift from what the listing accepts.
/// </remarks>
public sealed class ListingSpec<T>
    where T : class
{
    private readonly Dictionary<string, Func<object?, Expression<Func<T, bool>>>> _filters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _sorts = new(StringComparer.Ordinal);
    private readonly List<string> _filterKeys = [];
    private readonly List<string> _sortKeys = [];
    private readonly Expression<Func<T, int>> _id;

    public ListingSpec(Expression<Func<T, int>> id)
    {
        _id = id;
        Int("id", id).Sortable("id", id);
    }

    /// <summary>The accepted filter keys, in declaration order (help texts list them so).</summary>
    public IReadOnlyList<string> FilterKeys => _filterKeys;

    /// <summary>The fields <c>sort_by</c> may name, in declaration order.</summary>
    public IReadOnlyList<string> SortKeys => _sortKeys;

    /// <summary>An int column: an int, or a list of ints (membership).</summary>
    public ListingSpec<T> Int(string key, Expression<Func<T, int>> column) =>
        Add(key, value => value is IReadOnlyList<object?> list
            ? In(column, list.Select(v => ToInt(key, v)).ToList())
            : Equal(column, ToInt(key, value)));

    /// <summary>
    /// A long column the dialect counts in <paramref name="unit"/>s (disk sizes: bytes in the core, MB on
    /// Gandi's wire): an int, or a list of ints, each times the unit.
    /// </summary>
    public ListingSpec<T> Long(string key, Expression<Func<T, long>> column, long unit = 1) =>
        Add(key, value => value is IReadOnlyList<object?> list
            ? In(column, list.Select(v => (long)ToInt(key, v) * unit).ToList())
            : Equal(column, (long)ToInt(key, value) * unit));

    /// <summary>A nullable int column (<c>vm_id</c>, <c>source</c>): an int, or a list of ints.</summary>
    public ListingSpec<T> NullableInt(string key, Expression<Func<T, int?>> column) =>
        Add(key, value => value is IReadOnlyList<object?> list
            ? In(column, list.Select(v => (int?)ToInt(key, v)).ToList())
            : Equal(column, (int?)ToInt(key, value)));

    /// <summary>A text column, exact: a string, or a list of strings.</summary>
    public ListingSpec<T> Text(string key, Expression<Func<T, string>> column) =>
        Add(key, value => value is IReadOnlyList<object?> list
            ? AnyOf(list.Select(v => Equal(column, ToText(key, v))))
            : Equal(column, ToText(key, value)));

    /// <summary>A <c>~key</c> pattern over a text column (SQL LIKE, <c>%</c> wildcards).</summary>
    public ListingSpec<T> Pattern(string key, Expression<Func<T, string>> column) =>
        Add(key, value => Like(column, ToText(key, value)));

    /// <summary>An enum column, filtered by wire name (<c>'created'</c>, <c>'WAIT'</c>): one, or a list.</summary>
    public ListingSpec<T> Wire<TEnum>(string key, Expression<Func<T, TEnum>> column)
        where TEnum : struct, Enum =>
        Add(key, value => value is IReadOnlyList<object?> list
            ? AnyOf(list.Select(v => Equal(column, ToEnum<TEnum>(key, v))))
            : Equal(column, ToEnum<TEnum>(key, value)));

    /// <summary>A boolean column.</summary>
    public ListingSpec<T> Flag(string key, Expression<Func<T, bool>> column) =>
        Add(key, value => Equal(column, value is bool flag ? flag : value is long n && n is 0 or 1 ? n == 1 : throw Expected(key, "a boolean")));

    /// <summary>A date column: <c>key</c> (that exact time), <c>&gt;key</c> (after) and <c>&lt;key</c> (before).</summary>
    public ListingSpec<T> Date(string key, Expression<Func<T, DateTime>> column)
    {
        Add(key, value => Equal(column, ToDate(key, value)));
        Add(">" + key, value => Compare(column, ToDate(">" + key, value), Expression.GreaterThan));
        return Add("<" + key, value => Compare(column, ToDate("<" + key, value), Expression.LessThan));
    }

    /// <summary>A nullable date column (<c>date_start</c>): the same three keys.</summary>
    public ListingSpec<T> Date(string key, Expression<Func<T, DateTime?>> column)
    {
        Add(key, value => Equal(column, (DateTime?)ToDate(key, value)));
        Add(">" + key, value => Compare(column, (DateTime?)ToDate(">" + key, value), Expression.GreaterThan));
        return Add("<" + key, value => Compare(column, (DateTime?)ToDate("<" + key, value), Expression.LessThan));
    }

    /// <summary>A key with its own meaning (a pseudo-filter such as <c>iaas_opened</c>).</summary>
    public ListingSpec<T> Custom(string key, Func<object?, Expression<Func<T, bool>>> filter) => Add(key, filter);

    /// <summary>A field <c>sort_by</c> may name.</summary>
    public ListingSpec<T> Sortable<TKey>(string key, Expression<Func<T, TKey>> column)
    {
        if (!_sorts.ContainsKey(key))
        {
            _sortKeys.Add(key);
        }

        _sorts[key] = (query, descending) => descending ? query.OrderByDescending(column) : query.OrderBy(column);
        return this;
    }

    /// <summary>The filters of <paramref name="request"/> applied to <paramref name="source"/> (for list and count).</summary>
    public IQueryable<T> Filter(IQueryable<T> source, ListRequest request)
    {
        foreach (var (key, value) in request.Filters)
        {
            if (!_filters.TryGetValue(key, out var filter))
            {
                throw new InvalidArgumentError(ObjectKind.Listing, "options", $"unknown filter '{key}'; accepted: {string.Join(", ", _filters.Keys.Order(StringComparer.Ordinal))}");
            }

            source = source.Where(filter(value));
        }

        return source;
    }

    /// <summary>Sorted (by <c>sort_by</c>, then id, so pages are stable) and cut to the requested page.</summary>
    public IQueryable<T> Page(IQueryable<T> filtered, ListRequest request)
    {
        if (request.ItemsPerPage < 0 || request.Page < 0)
        {
            throw new InvalidArgumentError(ObjectKind.Listing, "options", "items_per_page and page cannot be negative");
        }

        var (field, descending) = ParseSort(request.SortBy);
        var sorted = _sorts[field](filtered, descending);
        if (field != "id")
        {
            sorted = sorted.ThenBy(_id);
        }

        return sorted.Skip(request.Page * request.ItemsPerPage).Take(request.ItemsPerPage);
    }

    private (string Field, bool Descending) ParseSort(string? sortBy)
    {
        if (string.IsNullOrWhiteSpace(sortBy))
        {
            return ("id", false);
        }

        var parts = sortBy.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var descending = parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        if (parts.Length > 2 || (parts.Length == 2 && !descending && !parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase))
            || !_sorts.ContainsKey(parts[0]))
        {
            throw new InvalidArgumentError(ObjectKind.Listing, "options", 
                $"cannot sort by '{sortBy}'; sort_by is 'field', 'field ASC' or 'field DESC' with field one of: {string.Join(", ", _sorts.Keys.Order(StringComparer.Ordinal))}");
        }

        return (parts[0], descending);
    }

    private ListingSpec<T> Add(string key, Func<object?, Expression<Func<T, bool>>> filter)
    {
        if (!_filters.ContainsKey(key))
        {
            _filterKeys.Add(key);
        }

        _filters[key] = filter;
        return this;
    }

    // Values sit in a box the expression reads a field of: EF Core then sends them as SQL parameters.
    private static Expression Parameter<TValue>(TValue value) =>
        Expression.Field(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

    private static Expression<Func<T, bool>> Equal<TValue>(Expression<Func<T, TValue>> column, TValue value) =>
        Expression.Lambda<Func<T, bool>>(Expression.Equal(column.Body, Parameter(value)), column.Parameters);

    private static Expression<Func<T, bool>> Compare<TValue>(Expression<Func<T, TValue>> column, TValue value, Func<Expression, Expression, BinaryExpression> compare) =>
        Expression.Lambda<Func<T, bool>>(compare(column.Body, Parameter(value)), column.Parameters);

    private static Expression<Func<T, bool>> In<TValue>(Expression<Func<T, TValue>> column, List<TValue> values) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TValue)], Parameter(values), column.Body),
            column.Parameters);

    // lower(column) LIKE lower(pattern): SQLite's LIKE ignores ASCII case by itself, PostgreSQL's does not
    // (and ILIKE is Npgsql's alone). Only ASCII letters of the pattern are lowered, as SQLite's lower() does,
    // so SQLite answers exactly as before; PostgreSQL's lower() also folds other letters of the column.
    private static Expression<Func<T, bool>> Like(Expression<Func<T, string>> column, string pattern) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(DbFunctionsExtensions), nameof(DbFunctionsExtensions.Like), Type.EmptyTypes,
                Expression.Constant(EF.Functions), Expression.Call(column.Body, LowerMethod), Parameter(LowerAscii(pattern))),
            column.Parameters);

    private static readonly System.Reflection.MethodInfo LowerMethod = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    private static string LowerAscii(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
        }
    });

    // A list of strings or enum names: OR of equalities (value-converted columns translate reliably so).
    private static Expression<Func<T, bool>> AnyOf(IEnumerable<Expression<Func<T, bool>>> alternatives)
    {
        var list = alternatives.ToList();
        if (list.Count == 0)
        {
            return Expression.Lambda<Func<T, bool>>(Expression.Constant(false), Expression.Parameter(typeof(T)));
        }

        var parameter = list[0].Parameters[0];
        var body = list.Skip(1).Aggregate(list[0].Body,
            (acc, next) => Expression.OrElse(acc, new ReplaceParameter(next.Parameters[0], parameter).Visit(next.Body)));
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private static int ToInt(string key, object? value) => value switch
    {
        long n when n is >= int.MinValue and <= int.MaxValue => (int)n,
        string s when int.TryParse(s, out var parsed) => parsed,
        _ => throw Expected(key, "an int or a list of ints"),
    };

    private static string ToText(string key, object? value) => value as string ?? throw Expected(key, "a string");

    private static TEnum ToEnum<TEnum>(string key, object? value)
        where TEnum : struct, Enum =>
        value is string text && WireName.TryParse<TEnum>(text, out var parsed)
            ? parsed
            : throw Expected(key, $"one of {string.Join(", ", WireName.All<TEnum>())}");

    private static DateTime ToDate(string key, object? value) => value switch
    {
        DateTime date => date,
        string text when FilterDates.TryParse(text, out var parsed) => parsed,
        _ => throw Expected(key, "a date ('2011-01-01 00:00:00' or a dateTime.iso8601)"),
    };

    private static CoreError Expected(string key, string what) => new InvalidArgumentError(ObjectKind.Listing, "options", $"filter '{key}' expects {what}");

    private sealed class Box<TValue>(TValue value)
    {
        public readonly TValue Value = value;
    }

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
