using HostingApi.Core.Domain;
using HostingApi.Core.Services;

namespace HostingApi.Dialects.Gigas.Wire;

/// <summary>
/// What is <c>locked</c> (rest-dialects.md §6.6: derived, not stored): a disk some pending operation is about,
/// as its own or as the source of a backup or template; a VM with a pending operation.
/// </summary>
public sealed class GigasLocks(IReadOnlyList<Operation> pending)
{
    public bool Disk(int diskId) =>
        pending.Any(o => o.DiskId == diskId || o.Params.Any(p => p.Name == DiskService.SourceDiskParam && p.Number == diskId));

    public bool Vm(int vmId) => pending.Any(o => o.VmId == vmId);

    /// <summary>A format of the disk is pending: it shows <c>building</c>.</summary>
    public bool Formatting(int diskId) =>
        pending.Any(o => o.DiskId == diskId && o.Params.Any(p => p.Name == DiskService.ChangeParam && p.Text == "format"));
}
