using System.Text.Json;
using HostingApi.Core.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HostingApi.Core.Persistence;

/// <summary>Stores a UTC time and reads it back marked UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

/// <summary>Stores an enum as its wire name (<c>being_created</c>, <c>WAIT</c>): the database reads like the API.</summary>
public sealed class WireNameConverter<T>() : ValueConverter<T, string>(
    v => WireName.Of(v),
    v => Parse(v))
    where T : struct, Enum
{
    private static T Parse(string text) =>
        WireName.TryParse<T>(text, out var value) ? value : throw new InvalidOperationException($"'{text}' is not a {typeof(T).Name}.");
}

/// <summary>Keeps a small list as one JSON column, compared by content.</summary>
public static class JsonColumn
{
    // Public: the compiled model (Data/CompiledModel) refers to it.
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<List<T>, string> Converter<T>() => new(
        v => JsonSerializer.Serialize(v, Options),
        v => JsonSerializer.Deserialize<List<T>>(v, Options) ?? new List<T>());

    public static ValueComparer<List<T>> Comparer<T>() => new(
        (a, b) => a!.SequenceEqual(b!),
        v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        v => v.ToList());
}
