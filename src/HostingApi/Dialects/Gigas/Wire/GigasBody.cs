using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HostingApi.Dialects.Gigas.Errors;

namespace HostingApi.Dialects.Gigas.Wire;

/// <summary>
/// A request's fields: a JSON object (an empty body, as the seed's curl examples send, is no fields), or a
/// form (an old Gigas script posts <c>/token</c> form-encoded). Values are read leniently where the seed
/// is: <c>autobackup</c> "1 or 0", <c>add_to_linux_fstab</c> "true", numbers sent as strings.
/// </summary>
public sealed class GigasBody
{
    private readonly Dictionary<string, JsonNode?> _fields;

    private GigasBody(Dictionary<string, JsonNode?> fields) => _fields = fields;

    public static async Task<GigasBody> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return new(form.ToDictionary(f => f.Key, f => (JsonNode?)JsonValue.Create(f.Value.ToString()), StringComparer.Ordinal));
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new([]);
        }

        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 16 }) is JsonObject body
                ? new(body.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))
                : throw GigasError.BadRequest("the body must be a JSON object");
        }
        catch (JsonException e)
        {
            throw GigasError.BadRequest($"the body is not valid JSON: {e.Message}");
        }
    }

    public IEnumerable<string> Names => _fields.Keys;

    public bool Has(string name) => _fields.ContainsKey(name);

    /// <summary>True when the field is there with JSON <c>null</c>.</summary>
    public bool IsNull(string name) => _fields.TryGetValue(name, out var value) && value is null;

    public string? Text(string name) => _fields.GetValueOrDefault(name) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var other => throw GigasError.BadRequest($"{name} must be a string, not {other.ToJsonString()}"),
    };

    public long? Integer(string name)
    {
        switch (_fields.GetValueOrDefault(name))
        {
            case null:
                return null;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var number):
                return number;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String && long.TryParse(v.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            case var other:
                throw GigasError.BadRequest($"{name} must be an integer, not {other.ToJsonString()}");
        }
    }

    public bool? Flag(string name) => _fields.GetValueOrDefault(name) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() is JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() is JsonValueKind.False => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n) && n is 0 or 1 => n == 1,
        JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().ToLowerInvariant() is "true" or "1" => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().ToLowerInvariant() is "false" or "0" => false,
        var other => throw GigasError.BadRequest($"{name} must be true or false (or 1 or 0), not {other.ToJsonString()}"),
    };

    /// <summary>Refuses a field the call does not know: a typo would otherwise be silently ignored.</summary>
    public void AllowOnly(params string[] known)
    {
        if (Names.FirstOrDefault(n => !known.Contains(n)) is { } unknown)
        {
            throw GigasError.BadRequest($"unknown parameter '{unknown}'; accepted: {string.Join(", ", known)}");
        }
    }
}
