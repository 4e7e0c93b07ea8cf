using System.Text.Json;

namespace HostingApi.Emulator.Faults;

/// <summary>
/// <c>{"index": i, "path": "a.b", "equals": v}</c>: positional argument <c>i</c> (0-based: 0 is the
/// API key), then struct members along the dotted path, equal to a JSON scalar (numbers compare by
/// value, strings exactly, <c>null</c> matches nil).
/// </summary>
public sealed class ParameterMatch(int index, IReadOnlyList<string> path, JsonElement expected)
{
    public int Index { get; } = index;

    public IReadOnlyList<string> Path { get; } = path;

    public bool Matches(object? actual) => expected.ValueKind switch
    {
        JsonValueKind.Null => actual is null,
        JsonValueKind.True => actual is true,
        JsonValueKind.False => actual is false,
        JsonValueKind.String => actual is string s && s == expected.GetString(),
        JsonValueKind.Number => actual switch
        {
            long l => expected.TryGetInt64(out var e) ? l == e : l == expected.GetDouble(),
            double d => d == expected.GetDouble(),
            _ => false,
        },
        _ => false,
    };
}
