using HostingApi.Core.Calls;

namespace HostingApi.Emulator.Journal;

/// <summary>One <see cref="CallRing"/> entry: a record's fields, held in the ring's array instead of as an object of their own.</summary>
internal struct CallSlot
{
    private string _dialect;
    private string? _method;
    private string? _account;
    private int? _faultCode;
    private string? _faultString;
    private double _durationMs;
    private string? _faultRule;
    private string? _faultAction;
    private int? _httpStatus;
    private string? _testId;
    private UnmatchedReason? _unmatched;
    private DateTimeOffset _time;

    /// <summary>The call's arguments and answer; the ring drops them once the call is no longer among the latest.</summary>
    public ICallValues? Values;

    public static CallSlot Of(CallRecord record, CallStrings strings) => new()
    {
        _dialect = record.Dialect,
        _method = strings.Shared(record.Method),
        _account = strings.Shared(record.Account),
        Values = record.Values,
        _faultCode = record.FaultCode,
        _faultString = record.FaultString,
        _durationMs = record.DurationMs,
        _faultRule = record.FaultRule,
        _faultAction = record.FaultAction,
        _httpStatus = record.HttpStatus,
        _testId = strings.Shared(record.TestId),
        _unmatched = record.Unmatched,
        _time = record.Time,
    };

    public readonly CallRecord ToRecord() => new()
    {
        Dialect = _dialect,
        Method = _method,
        Account = _account,
        Values = Values,
        FaultCode = _faultCode,
        FaultString = _faultString,
        DurationMs = _durationMs,
        FaultRule = _faultRule,
        FaultAction = _faultAction,
        HttpStatus = _httpStatus,
        TestId = _testId,
        Unmatched = _unmatched,
        Time = _time,
    };
}
