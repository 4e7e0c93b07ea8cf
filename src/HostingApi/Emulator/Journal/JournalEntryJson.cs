using HostingApi.Core.Calls;

namespace HostingApi.Emulator.Journal;

/// <summary>
/// A journal entry as JSON, made when it is read: the values were kept as references, and are
/// converted (already redacted by the dialect) only now.
/// </summary>
public static class JournalEntryJson
{
    public static Dictionary<string, object?> Of(long sequence, CallRecord record)
    {
        var entry = new Dictionary<string, object?>
        {
            ["seq"] = sequence,
            ["time"] = record.Time.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["dialect"] = record.Dialect,
            ["method"] = record.Method,
            ["account"] = record.Account,
            ["params"] = record.Values?.RedactedParameters(),
            ["result"] = record.FaultCode is null ? record.Values?.RedactedResult() : null,
            ["fault"] = record.FaultCode is { } code ? new Dictionary<string, object?> { ["code"] = code, ["string"] = record.FaultString } : null,
            ["duration_ms"] = Math.Round(record.DurationMs, 3),
            ["operations"] = record.FaultCode is null ? record.Values?.OperationIds() ?? [] : [],
            ["fault_rule"] = record.FaultRule is { } rule ? new Dictionary<string, object?> { ["id"] = rule, ["action"] = record.FaultAction } : null,
            ["http_status"] = record.HttpStatus,
            ["test_id"] = record.TestId,
        };
        if (record.Unmatched is { } unmatched)
        {
            entry["unmatched"] = new Dictionary<string, object?>
            {
                ["kind"] = unmatched.Kind,
                ["message"] = unmatched.Message,
                ["suggestions"] = unmatched.Suggestions,
                ["signature"] = unmatched.Signature,
                ["line"] = unmatched.Line,
                ["position"] = unmatched.Position,
            };
        }

        return entry;
    }
}
