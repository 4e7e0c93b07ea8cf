namespace HostingApi.Core.Calls;

/// <summary>Where a dialect writes down every request it served (the control plane's request journal).</summary>
public interface ICallJournal
{
    /// <summary>False when the journal is turned off: a dialect then builds no record.</summary>
    bool IsEnabled { get; }

    void Record(CallRecord record);
}
