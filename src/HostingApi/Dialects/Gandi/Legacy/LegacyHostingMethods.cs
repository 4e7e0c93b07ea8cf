using HostingApi.Core.Domain;
using HostingApi.Core.Operations;
using HostingApi.Core.Services;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Dialects.Gandi.Rpc.Binding;
using HostingApi.Dialects.Gandi.V3;
using HostingApi.Dialects.Gandi.Wire;
using HostingApi.XmlRpc;
using Microsoft.Extensions.Options;

namespace HostingApi.Dialects.Gandi.Legacy;

/// <summary>
/// The legacy v1 API's VMs, disks, OS list and operations: thin adapters over the v3 services, so a
/// VM made by <c>vm_create</c> is in <c>hosting.vm.list</c> and the other way round. Mutations answer an
/// operation id (<c>vm_create</c> and <c>disk_create</c>: the new object's id), as the specification says.
/// </summary>
public sealed class LegacyHostingMethods : IRpcMethodFamily
{
    public void Register(RpcMethodRegistryBuilder methods) => methods
        .Add("vm_create", CreateVmAsync, "int",
            "Creates a VM (session, hostname, password, os_id, shares, cpu, specs{login}) from an OS of os_list; memory is shares x 256 MB. Answers the VM id.", RpcSurface.Legacy)
        .Add("vm_info", VmInfoAsync, "struct", "Describes a VM.", RpcSurface.Legacy)
        .Add("vm_list", VmListAsync, "array", "The ids of the account's VMs.", RpcSurface.Legacy)
        .Add("vm_update", VmUpdateAsync, "int", "Updates a VM (specs{shares, cpu, vm_max_memory}); answers an operation id.", RpcSurface.Legacy)
        .Add("vm_delete", VmDeleteAsync, "int", "Deletes a stopped VM; answers an operation id.", RpcSurface.Legacy)
        .Add("vm_start", VmStartAsync, "int", "Starts a VM; answers an operation id.", RpcSurface.Legacy)
        .Add("vm_stop", VmStopAsync, "int", "Stops a VM; answers an operation id.", RpcSurface.Legacy)
        .Add("vm_reboot", VmRebootAsync, "int", "Reboots a VM; answers an operation id.", RpcSurface.Legacy)
        .Add("vm_disk_list", VmDiskListAsync, "array", "The ids of a VM's disks, system disk first.", RpcSurface.Legacy)
        .Add("disk_create", CreateDiskAsync, "int",
            "Creates a disk (specs{size, name, fstype: ext3, reiserfs, xfs or jfs}) in the legacy datacenter. Answers the disk id.", RpcSurface.Legacy)
        .Add("disk_info", DiskInfoAsync, "struct", "Describes a disk.", RpcSurface.Legacy)
        .Add("disk_delete", DiskDeleteAsync, "int", "Deletes a detached disk; answers an operation id.", RpcSurface.Legacy)
        .Add("disk_list", DiskListAsync, "array", "The ids of the account's disks.", RpcSurface.Legacy)
        .Add("disk_attach", DiskAttachAsync, "int", "Attaches a disk to a VM; answers an operation id.", RpcSurface.Legacy)
        .Add("disk_detach", DiskDetachAsync, "int", "Detaches a disk from a VM; answers an operation id.", RpcSurface.Legacy)
        .Add("os_list", OsListAsync, "array", "The operating systems of the legacy datacenter vm_create accepts (os_id).", RpcSurface.Legacy)
        .Add("operation_list", OperationListAsync, "array",
            "The ids of the account's operations, newest first; optional filter{state: PENDING, RUN, DONE, ERROR or CANCEL; type}.", RpcSurface.Legacy)
        .Add("operation_details", OperationDetailsAsync, "struct", "Describes an operation (state PENDING, RUN, DONE, ERROR or CANCEL).", RpcSurface.Legacy)
        .Add("operation_cancel", OperationCancelAsync, "boolean", "Cancels a pending operation.", RpcSurface.Legacy);

    private static async Task<XmlRpcValue> CreateVmAsync(
        SessionTenant s, VmService vms, CatalogService catalog, OperationRunner runner, IOptions<LegacyOptions> options,
        [RpcText(TextKind.Hostname)] string hostname, string password, int osId,
        [RpcRange(0, Bounds.MaxShares, Object = FaultObject.Vm)] int shares, [RpcRange(1, Bounds.MaxCores, Object = FaultObject.Vm)] int cpu,
        LegacyVmSpecs? specs = null)
    {
        // The v1 API knew one datacenter: an OS id of another datacenter means the same OS in the legacy one.
        var image = await catalog.ImageAsync(osId);
        if (image.DatacenterId != options.Value.DatacenterId
            && (await catalog.ListImagesAsync(new ListRequest([new("label", image.Label), new("datacenter_id", (long)options.Value.DatacenterId)]))) is [var local, ..])
        {
            image = local;
        }

        var memory = Math.Max(shares, 1) * ResourceQuota.Share.Memory;
        var spec = new VmSpec(image.DatacenterId, hostname, memory, cpu, Math.Max(shares, 1) * ResourceQuota.Share.Bandwidth, 4, null, null, null, null, null);
        var operations = await vms.CreateFromAsync(s.Tenant, spec, new DiskSpec(null, null, null, null), image.DiskId);

        // The answer is the VM, not an operation to poll: the client has seen it made.
        await runner.FinishAsync(s.Tenant.AccountId, [.. operations.Select(o => o.Id)]);
        return operations[^1].VmId!.Value;
    }

    private static async Task<XmlRpcValue> VmInfoAsync(SessionTenant s, VmService vms, int vmId) =>
        VmWire.Info(await vms.InfoAsync(s.Tenant, vmId));

    private static async Task<XmlRpcValue> VmListAsync(SessionTenant s, VmService vms) =>
        CatalogWire.Ints((await vms.ListAsync(s.Tenant, new ListRequest([], int.MaxValue))).Select(v => v.Vm.Id));

    // One share is 256 MB of memory (ResourceQuota.Share), as the v1 API sized VMs.
    private static async Task<XmlRpcValue> VmUpdateAsync(SessionTenant s, VmService vms, int vmId, LegacyVmUpdate specs) =>
        (await vms.UpdateAsync(s.Tenant, vmId, specs.Cpu, specs.Shares * ResourceQuota.Share.Memory, specs.VmMaxMemory, null)).Id;

    private static async Task<XmlRpcValue> VmDeleteAsync(SessionTenant s, VmService vms, int vmId) => (await vms.DeleteAsync(s.Tenant, vmId)).Id;

    private static async Task<XmlRpcValue> VmStartAsync(SessionTenant s, VmService vms, int vmId) => (await vms.StartAsync(s.Tenant, vmId)).Id;

    private static async Task<XmlRpcValue> VmStopAsync(SessionTenant s, VmService vms, int vmId) => (await vms.StopAsync(s.Tenant, vmId)).Id;

    private static async Task<XmlRpcValue> VmRebootAsync(SessionTenant s, VmService vms, int vmId) => (await vms.RebootAsync(s.Tenant, vmId)).Id;

    private static async Task<XmlRpcValue> VmDiskListAsync(SessionTenant s, VmService vms, int vmId) =>
        CatalogWire.Ints((await vms.InfoAsync(s.Tenant, vmId)).Disks.Select(d => d.Disk.Id));

    private static async Task<XmlRpcValue> CreateDiskAsync(SessionTenant s, DiskService disks, OperationRunner runner, IOptions<LegacyOptions> options, LegacyDiskSpecs specs)
    {
        if (specs.Fstype is not (null or "ext3" or "reiserfs" or "xfs" or "jfs"))
        {
            throw Faults.Errors.BadValue(Faults.FaultObject.Disk, "fstype", $"'{specs.Fstype}' is not ext3, reiserfs, xfs or jfs");
        }

        var operation = await disks.CreateAsync(s.Tenant, new DiskSpec(options.Value.DatacenterId, specs.Name, GandiDiskSize.ToBytesOrNull(specs.Size), null));

        // The answer is the disk, not an operation to poll: the client has seen it made.
        await runner.FinishAsync(s.Tenant.AccountId, [operation.Id]);
        return operation.DiskId!.Value;
    }

    private static async Task<XmlRpcValue> DiskInfoAsync(SessionTenant s, DiskService disks, int diskId) =>
        DiskWire.Info(await disks.InfoAsync(s.Tenant, diskId));

    private static async Task<XmlRpcValue> DiskDeleteAsync(SessionTenant s, DiskService disks, int diskId) => (await disks.DeleteAsync(s.Tenant, diskId)).Id;

    private static async Task<XmlRpcValue> DiskListAsync(SessionTenant s, DiskService disks) =>
        CatalogWire.Ints((await disks.ListAsync(s.Tenant, new ListRequest([], int.MaxValue))).Select(d => d.Disk.Id));

    private static async Task<XmlRpcValue> DiskAttachAsync(SessionTenant s, VmService vms, int vmId, int diskId) =>
        (await vms.DiskAttachAsync(s.Tenant, vmId, diskId, null)).Id;

    private static async Task<XmlRpcValue> DiskDetachAsync(SessionTenant s, VmService vms, int vmId, int diskId) =>
        (await vms.DiskDetachAsync(s.Tenant, vmId, diskId)).Id;

    private static async Task<XmlRpcValue> OsListAsync(SessionTenant s, CatalogService catalog, IOptions<LegacyOptions> options) =>
        new XmlRpcArray((await catalog.ListImagesAsync(new ListRequest(
            [new("visibility", "all"), new("datacenter_id", (long)options.Value.DatacenterId)], int.MaxValue))).Select(i => (XmlRpcValue)new XmlRpcStruct(6)
        {
            { "id", i.Id },
            { "name", i.Label },
            { "os_arch", i.OsArch },
            { "kernel_version", i.KernelVersion },
            { "datacenter_id", i.DatacenterId },
            { "size", GandiDiskSize.Megabytes(i.SizeBytes) },
        }));

    private static async Task<XmlRpcValue> OperationListAsync(SessionTenant s, OperationService operations, LegacyOperationFilter? filter = null)
    {
        var filters = new List<KeyValuePair<string, object?>>();
        if (filter?.State is { } state)
        {
            filters.Add(new("step", LegacyWire.Steps(state)));
        }

        if (filter?.Type is { } type)
        {
            filters.Add(new("type", type));
        }

        return CatalogWire.Ints((await operations.ListAsync(s.Tenant, new ListRequest(filters, int.MaxValue, 0, "id DESC"))).Select(o => o.Id));
    }

    private static async Task<XmlRpcValue> OperationDetailsAsync(SessionTenant s, OperationService operations, int operationId) =>
        LegacyWire.Operation(await operations.InfoAsync(s.Tenant, operationId));

    private static async Task<XmlRpcValue> OperationCancelAsync(SessionTenant s, OperationService operations, int operationId)
    {
        await operations.CancelAsync(s.Tenant, operationId);
        return true;
    }
}
