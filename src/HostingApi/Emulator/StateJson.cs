using System.Text.Json.Nodes;
using System.Text.Json;
using HostingApi.Core.Coordination;

namespace HostingApi.Emulator;

/// <summary>
/// The readable JSON form of the whole state (<c>GET</c>/<c>POST /_emulator/state</c>, snapshots,
/// <c>Emulator:SeedFiles</c>): <c>{"format": "hostingapi-state", "schema_version": N, "tables": {"Disks": [{...}]}}</c>,
/// each row its columns as numbers, strings or null.
/// </summary>
public static class StateJson
{
    public const string Format = "hostingapi-state";

    public static object ToJson(StateDocument state) => new
    {
        format = Format,
        schema_version = state.SchemaVersion,
        tables = state.Tables,
    };

    /// <summary>Reads the JSON form back; a problem is named in the exception's one-line message.</summary>
    public static StateDocument Parse(JsonNode? node)
    {
        if (node is not JsonObject json || (string?)json["format"] != Format)
        {
            throw new InvalidDataException($"not a state document: \"format\" must be \"{Format}\"");
        }

        if (json["schema_version"] is not { } version || version.GetValueKind() != JsonValueKind.Number)
        {
            throw new InvalidDataException("schema_version must be a number");
        }

        if (json["tables"] is not JsonObject tables)
        {
            throw new InvalidDataException("tables must be an object of table name -> rows");
        }

        var result = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>(StringComparer.Ordinal);
        foreach (var (name, rows) in tables)
        {
            if (rows is not JsonArray array)
            {
                throw new InvalidDataException($"tables.{name} must be an array of rows");
            }

            result[name] = array.Select((row, i) => Row(row, $"tables.{name}[{i}]")).ToList();
        }

        return new StateDocument((int)(double)version, result);
    }

    private static IReadOnlyDictionary<string, object?> Row(JsonNode? node, string place)
    {
        if (node is not JsonObject row)
        {
            throw new InvalidDataException($"{place} must be an object of column -> value");
        }

        return row.ToDictionary(c => c.Key, c => Value(c.Value, $"{place}.{c.Key}"), StringComparer.Ordinal);
    }

    // SQLite keeps integers, reals and text; a JSON true/false is stored as 1/0, as EF stores a bool.
    private static object? Value(JsonNode? node, string place) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.String => (string?)node,
        JsonValueKind.True => 1L,
        JsonValueKind.False => 0L,
        JsonValueKind.Number when node.AsValue().TryGetValue<long>(out var whole) => whole,
        JsonValueKind.Number => (double)node,
        _ => throw new InvalidDataException($"{place} must be a number, a string or null"),
    };
}
