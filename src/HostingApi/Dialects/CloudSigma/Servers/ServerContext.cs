using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Services;
using HostingApi.Core.Services.Listing;
using HostingApi.Dialects.CloudSigma.Drives;
using HostingApi.Dialects.CloudSigma.Errors;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Servers;

/// <summary>
/// What every server handler needs, bound once per request: the drive context (the caller, drives), the core's
/// VMs and operations, and the servers as views. Every read goes through the core's read path, so it first
/// makes the account's queue current: a start right after a create finds the VM made.
/// </summary>
public sealed class ServerContext(DriveContext drives, VmService vms, OperationService operations)
{
    public DriveContext Drives => drives;

    public VmService Vms => vms;

    /// <summary>The caller's servers (VMs not being deleted), in id order.</summary>
    public async Task<IReadOnlyList<ServerView>> ListAsync()
    {
        var all = await vms.ListAsync(drives.Tenant, new ListRequest([], int.MaxValue), drives.Aborted);
        var live = all.Where(v => v.Vm.State != VmState.Deleted).OrderBy(v => v.Vm.Id).ToList();
        return live.Count == 0 ? [] : await DescribeAsync(live.Select(v => v.Vm.Id).ToList());
    }

    /// <summary>One of the caller's servers, else 404.</summary>
    public async Task<ServerView> ServerAsync(string uuid)
    {
        var all = await vms.ListAsync(drives.Tenant, new ListRequest([], int.MaxValue), drives.Aborted);
        var found = all.FirstOrDefault(v => v.Vm.EntityId == uuid && v.Vm.State != VmState.Deleted) ?? throw CloudSigmaError.NotExist(uuid);
        return (await DescribeAsync([found.Vm.Id]))[0];
    }

    /// <summary>One server by its core id (one just made).</summary>
    public async Task<ServerView> ServerAsync(int vmId) => (await DescribeAsync([vmId]))[0];

    public Task SetAttributesAsync(ServerView view, ServerAttributes attributes) =>
        drives.Annotations.SetAsync(drives.Tenant, DriveAttributes.Dialect, ObjectKind.Vm, view.Vm.Id, view.Uuid, attributes.ToJson(), drives.Aborted);

    /// <summary>The caller's drives named by uuid (404 for one that is not), as core disk ids in the same order.</summary>
    public async Task<IReadOnlyList<int>> DiskIdsAsync(IEnumerable<ServerDrive> wanted)
    {
        var ids = new List<int>();
        foreach (var drive in wanted)
        {
            ids.Add((await drives.DriveAsync(drive.Uuid)).Disk.Id);
        }

        return ids;
    }

    private async Task<IReadOnlyList<ServerView>> DescribeAsync(IReadOnlyList<int> vmIds)
    {
        var pending = (await operations.PendingAsync(drives.Tenant, drives.Aborted)).Where(o => o.VmId is not null).ToLookup(o => o.VmId!.Value, o => o.Type);
        var attributes = (await drives.Annotations.ListAsync(drives.Tenant, DriveAttributes.Dialect, ObjectKind.Vm, drives.Aborted)).ToDictionary(a => a.ObjectId, a => a.Json);
        var views = new List<ServerView>();
        foreach (var id in vmIds)
        {
            var info = await vms.InfoAsync(drives.Tenant, id, drives.Aborted);
            views.Add(new ServerView(info.Vm, [.. info.Disks.Select(d => d.Disk)], info.Ifaces, [.. pending[id]],
                ServerAttributes.Parse(attributes.GetValueOrDefault(id), info.Vm.Cores, info.Vm.Memory)));
        }

        return views;
    }
}
