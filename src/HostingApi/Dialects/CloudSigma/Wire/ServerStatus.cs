using HostingApi.Core.Domain;
using HostingApi.Core.Operations;

namespace HostingApi.Dialects.CloudSigma.Wire;

/// <summary>
/// A server's status, derived from the core VM (never stored): its state and whether a start or stop is
/// pending. A VM being created is already a stopped definition (CloudSigma answers a create <c>stopped</c>).
/// </summary>
public static class ServerStatus
{
    public const string Stopped = "stopped";
    public const string Running = "running";

    public static string Of(VmState state, IReadOnlyList<string> pending) => state switch
    {
        VmState.BeingCreated => Stopped,
        VmState.Halted when pending.Contains(OperationTypes.VmStart) => "starting",
        VmState.Halted => Stopped,
        VmState.Running when pending.Contains(OperationTypes.VmStop) => "stopping",
        VmState.Running => Running,
        VmState.Paused => "paused",
        _ => "unavailable",
    };

    /// <summary>The guest state CloudSigma's refusals name (its one recorded text says <c>started</c> for a running guest).</summary>
    public static string GuestState(string status) => status == Running ? "started" : status;
}
