using System.Globalization;
using HostingApi.Core.Calls;
using HostingApi.Core.Diagnostics;
using HostingApi.Emulator.Faults;

namespace HostingApi.Emulator.Journal;

/// <summary>
/// The journal's query string: <c>method</c> (exact or glob), <c>account</c> (an API key, matched by
/// its tag: the journal never holds the key), <c>fault</c> (<c>true</c>, <c>false</c> or a code),
/// <c>test_id</c>, <c>since</c> (ISO 8601), <c>limit</c> (the latest N).
/// </summary>
public sealed class JournalFilter
{
    public const int DefaultLimit = 1000;

    private Glob? _method;
    private string? _account;
    private bool? _faulted;
    private int? _faultCode;
    private string? _testId;
    private DateTimeOffset? _since;

    public int Limit { get; private set; } = DefaultLimit;

    /// <summary>The filter, or an error naming the bad parameter.</summary>
    public static (JournalFilter? Filter, string? Error) Parse(IQueryCollection query)
    {
        var filter = new JournalFilter();
        foreach (var (name, values) in query)
        {
            var value = values.ToString();
            switch (name)
            {
                case "method":
                    filter._method = new Glob(value);
                    break;
                case "account":
                    filter._account = SecretTag.Of(value);
                    break;
                case "fault" when value is "true" or "false":
                    filter._faulted = value == "true";
                    break;
                case "fault" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code):
                    filter._faultCode = code;
                    break;
                case "fault":
                    return (null, "fault: true, false or a fault code");
                case "test_id":
                    filter._testId = value;
                    break;
                case "since" when DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since):
                    filter._since = since;
                    break;
                case "since":
                    return (null, "since: an ISO 8601 date and time, e.g. 2026-01-31T12:00:00Z");
                case "limit" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0:
                    filter.Limit = limit;
                    break;
                case "limit":
                    return (null, "limit: a positive integer");
                default:
                    return (null, $"{name}: unknown filter; known: method, account, fault, test_id, since, limit");
            }
        }

        return (filter, null);
    }

    public bool Matches(CallRecord record) =>
        (_method is null || (record.Method is { } method && _method.Matches(method)))
        && (_account is null || record.Account == _account)
        && (_faulted is null || (record.FaultCode is not null || record.HttpStatus is not null || record.FaultAction is "drop" or "truncate") == _faulted)
        && (_faultCode is null || record.FaultCode == _faultCode)
        && (_testId is null || record.TestId == _testId)
        && (_since is null || record.Time >= _since);
}
