namespace HostingApi.Emulator.Journal;

/// <summary>
/// One shared copy of each method name, account tag and test id the journal keeps: every call
/// brings its own copy of them (read from its request), and kept in the ring those copies would
/// outlive the young GC generations as the records once did. Bounded, so a client that sends a new
/// name each call fills it once and is then kept as it comes. Used under the ring's lock.
/// </summary>
internal sealed class CallStrings
{
    /// <summary>Far more than the methods, accounts and test ids of a suite; at most a few hundred KB.</summary>
    public const int Capacity = 4_096;

    private const int MaxLength = 256;

    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

    public string? Shared(string? value)
    {
        if (value is null || value.Length > MaxLength)
        {
            return value;
        }

        if (_shared.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (_shared.Count < Capacity)
        {
            _shared.Add(value, value);
        }

        return value;
    }
}
