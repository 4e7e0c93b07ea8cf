using HostingApi.Core.Domain;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Legacy;

/// <summary>The legacy v1 operation: its states were PENDING, RUN, DONE, ERROR and CANCEL.</summary>
public static class LegacyWire
{
    public static XmlRpcStruct Operation(Operation o) => new(10)
    {
        { "id", o.Id },
        { "type", o.Type },
        { "state", State(o.Step) },
        { "date_created", o.DateCreated },
        { "date_updated", o.DateUpdated },
        { "date_start", o.DateStart is { } start ? start : XmlRpcValue.Nil },
        { "last_error", o.LastError ?? "" },
        { "vm_id", o.VmId is { } vm ? vm : XmlRpcValue.Nil },
        { "disk_id", o.DiskId is { } disk ? disk : XmlRpcValue.Nil },
    };

    public static string State(OperationStep step) => step switch
    {
        OperationStep.Bill or OperationStep.Wait => "PENDING",
        OperationStep.Run => "RUN",
        OperationStep.Done => "DONE",
        OperationStep.Cancel => "CANCEL",
        _ => "ERROR",
    };

    /// <summary>The v3 steps a legacy state filter stands for.</summary>
    public static List<object?> Steps(string state) => state.ToUpperInvariant() switch
    {
        "PENDING" => ["BILL", "WAIT"],
        "RUN" => ["RUN"],
        "DONE" => ["DONE"],
        "CANCEL" => ["CANCEL"],
        "ERROR" => ["ERROR", "SUPPORT"],
        _ => throw Errors.BadListOption($"state '{state}' is not PENDING, RUN, DONE, ERROR or CANCEL"),
    };
}
