using HostingApi.Core.Calls;
using HostingApi.Core.Coordination;
using Microsoft.Extensions.Options;

namespace HostingApi.Emulator.Journal;

/// <summary>
/// The request journal: the latest <c>Emulator:Journal:Capacity</c> calls, and apart from them the
/// latest requests that could not be served, so a burst of good calls does not push a test's one
/// typo out. Recording keeps references only (to the call's values and answer); JSON is made when
/// the journal is read.
/// </summary>
public sealed class RequestJournal(IOptions<EmulatorOptions> options, TimeProvider time) : ICallJournal, IResettable
{
    private readonly JournalOptions _options = options.Value.Journal;

    public bool IsEnabled => _options.Enabled;

    public CallRing Calls { get; } = new(options.Value.Journal.Capacity, options.Value.Journal.DetailedCapacity);

    public CallRing Unmatched { get; } = new(options.Value.Journal.Capacity);

    public void Record(CallRecord record)
    {
        record.Time = time.GetUtcNow() - TimeSpan.FromMilliseconds(record.DurationMs);
        Calls.Add(record);
        if (record.Unmatched is not null)
        {
            Unmatched.Add(record);
        }
    }

    public void Clear()
    {
        Calls.Clear();
        Unmatched.Clear();
    }

    public Task ResetAsync(CancellationToken cancellationToken)
    {
        Clear();
        return Task.CompletedTask;
    }
}
