using System.Security.Cryptography;
using System.Text;
using HostingApi.Core.Coordination;

namespace HostingApi.Emulator;

/// <summary>
/// <c>Emulator:Deterministic</c>: every name nobody chooses is derived from a counter (of the account,
/// where it belongs to one), and object ids come from per-account ranges, so with the clock frozen the
/// same calls from the same start state give byte-identical answers, whatever other accounts do
/// meanwhile. A reset starts the counters (and the id ranges) again.
/// </summary>
public sealed class DeterministicIdentities : IIdentities, IResettable
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _counters = new(StringComparer.Ordinal);

    public bool AssignsObjectIds => true;

    public string NewApiKey() => Letters(Next("apikey"), 24, lower: true);

    public string NewHandleCode() => Letters(Next("handle"), 5, lower: false);

    public string NewSessionId(int accountId) => "sess-" + Convert.ToHexStringLower(Hash($"session|{accountId}|{Next($"session|{accountId}")}"))[..32];

    public string NewEntityId(string kind, int accountId, long sequence) => new Guid(Hash($"entity|{kind}|{accountId}|{sequence}")[..16]).ToString();

    public Task ResetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _counters.Clear();
        }

        return Task.CompletedTask;
    }

    private long Next(string counter)
    {
        lock (_gate)
        {
            var value = _counters.GetValueOrDefault(counter) + 1;
            _counters[counter] = value;
            return value;
        }
    }

    private static string Letters(long sequence, int length, bool lower)
    {
        var hash = Hash($"name|{sequence}|{length}");
        var text = new string([.. hash.Take(length).Select(b => Alphabet[b % Alphabet.Length])]);
        return lower ? text : text.ToUpperInvariant();
    }

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
