using HostingApi.Core.Domain;
using HostingApi.Core.Services;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Servers;

/// <summary>
/// A core VM as a CloudSigma server: the VM, its disks by position, its ifaces with their IPs, the types
/// of its pending operations (for the status) and its CloudSigma attributes.
/// </summary>
public sealed record ServerView(Vm Vm, IReadOnlyList<Disk> Disks, IReadOnlyList<IfaceDetails> Ifaces, IReadOnlyList<string> Pending, ServerAttributes Attributes)
{
    public string Uuid => Vm.EntityId;

    public string Status => ServerStatus.Of(Vm.State, Pending);

    /// <summary>Whether its definition may change beyond name, meta and tags: CloudSigma's "stopped".</summary>
    public bool Stopped => Status == ServerStatus.Stopped;
}
