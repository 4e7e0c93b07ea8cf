namespace HostingApi.Core.Calls;

/// <summary>
/// A dialect's view of one call's values, in plain .NET values (long, bool, double, string, DateTime,
/// byte[], <c>Dictionary&lt;string, object?&gt;</c>, <c>List&lt;object?&gt;</c>, null). The wire
/// values stay as they came and are only converted when asked: a fault rule reads one argument, the
/// journal converts the rest when it is queried.
/// </summary>
public interface ICallValues
{
    /// <summary>Positional argument <paramref name="index"/> (0-based), then struct members along <paramref name="path"/>.</summary>
    bool TryGetArgument(int index, IReadOnlyList<string> path, out object? value);

    /// <summary>Every argument, with API keys, session ids and passwords replaced by tags or a mask.</summary>
    IReadOnlyList<object?> RedactedParameters();

    /// <summary>The answer (redacted as the parameters are), or null for a fault or no answer.</summary>
    object? RedactedResult();

    /// <summary>The ids of the operations the answer reports (an operation struct or a list of them).</summary>
    IReadOnlyList<long> OperationIds();
}
