using HostingApi.Core.Calls;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Calls;

/// <summary>
/// Why a request could not be served, with the help the journal's <c>unmatched</c> list gives: the
/// closest method names, the expected signature, the place in a malformed document. Told apart by
/// the fault the client got, so binding keeps its one way of failing.
/// </summary>
internal static class UnmatchedCalls
{
    private const int MaxSuggestions = 3;

    /// <summary>The reason a call faulted because it did not fit any method, or null for other faults.</summary>
    public static UnmatchedReason? Of(RpcMethodRegistry registry, string methodName, RpcMethod? method, XmlRpcFault fault)
    {
        if (method is null)
        {
            return fault.Code == Errors.UnknownMethodCode
                ? new UnmatchedReason("unknown_method", fault.Message, Suggestions: Closest(registry.Names, methodName))
                : null;
        }

        // Gandi's scheme: qualification * 100000 + object * 100 + cause.
        var cause = fault.Code % 100;
        var objectCode = fault.Code / 100 % 1000;
        return cause switch
        {
            (int)FaultCause.BadParameter when objectCode == (int)FaultObject.Method =>
                new UnmatchedReason("wrong_arity", fault.Message, Signature: method.Signature),
            (int)FaultCause.Type => new UnmatchedReason("wrong_type", fault.Message, Signature: method.Signature),
            _ => null,
        };
    }

    public static UnmatchedReason Malformed(XmlRpcFormatException e, string message) =>
        new("malformed", message, Line: e.LineNumber, Position: e.LinePosition);

    public static UnmatchedReason TooLarge(int maxBytes) =>
        new("too_large", $"request body larger than {maxBytes} bytes (HTTP 413)");

    // The names nearest by edit distance; a name that is not within half its length of any is no hint.
    private static List<string> Closest(IReadOnlyList<string> names, string wanted)
    {
        var probe = wanted.Length > 200 ? wanted[..200] : wanted;
        return [.. names
            .Select(n => (Name: n, Distance: EditDistance(n, probe)))
            .Where(c => c.Distance <= Math.Max(3, probe.Length / 2))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(c => c.Name)];
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
