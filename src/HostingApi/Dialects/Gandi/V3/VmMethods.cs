using HostingApi.Core.Services;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gandi.Endpoint;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Dialects.Gandi.Wire;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.V3;

/// <summary><c>hosting.vm.*</c>, all 17 methods of the seed (and the legacy <c>vm.*</c> names).</summary>
public sealed class VmMethods : IRpcMethodFamily
{
    private static readonly WireForm<VmDetails> InfoForm = new(v => VmWire.Info(v));
    private static readonly WireForm<IReadOnlyList<VmSummary>> ListForm = new(list => new XmlRpcArray(list.Select(v => (XmlRpcValue)VmWire.ListItem(v))));

    public void Register(RpcMethodRegistryBuilder methods)
    {
        methods
            .Add("hosting.vm.count", CountAsync, "int", ListingHelp.Count("the account's VMs", VmService.Vms))
            .Add("hosting.vm.create", CreateAsync, "array",
                "Creates a VM on a system disk (sys_disk_id). Answers [iface_create, vm_create] ([vm_create] given an iface_id).")
            .Add("hosting.vm.create_from", CreateFromAsync, "array",
                "Creates a VM and its system disk copied from src_disk_id (an image's disk_id). Answers [disk_create, iface_create, vm_create] ([disk_create, vm_create] given an iface_id).")
            .Add("hosting.vm.delete", DeleteAsync, "struct",
                "Deletes a halted VM with its system disk and first iface; other disks and ifaces are detached. Answers vm_delete.")
            .Add("hosting.vm.info", InfoAsync, "struct", "Describes a VM, with its disks, ifaces and IPs.")
            .Add("hosting.vm.list", ListAsync, "array", ListingHelp.List("the account's VMs", VmService.Vms))
            .Add("hosting.vm.start", StartAsync, "struct", "Starts a halted VM. Answers vm_start.")
            .Add("hosting.vm.stop", StopAsync, "struct", "Stops a running VM. Answers vm_stop.")
            .Add("hosting.vm.reboot", RebootAsync, "struct", "Reboots a running VM. Answers vm_reboot.")
            .Add("hosting.vm.update", UpdateAsync, "struct",
                "Changes cores, memory (a multiple of 64), vm_max_memory (a running VM reboots), console. Answers vm_update.")
            .Add("hosting.vm.disk_attach", DiskAttachAsync, "struct",
                "Attaches a disk of the same datacenter; position 0 swaps the system disk (VM halted). Answers disk_attach.")
            .Add("hosting.vm.disk_detach", DiskDetachAsync, "struct", "Detaches a disk; the system disk only from a halted VM. Answers disk_detach.")
            .Add("hosting.vm.iface_attach", IfaceAttachAsync, "struct", "Attaches a free iface of the same datacenter. Answers iface_attach.")
            .Add("hosting.vm.can_migrate", CanMigrateAsync, "struct", "Whether the VM can migrate, and to which datacenters (dc codes).")
            .Add("hosting.vm.migrate", MigrateAsync, "struct",
                "Migrates a VM in two phases: the operation waits in RUN (params.inner_step 'wait_finalize') until called again with finalize_migration true. Answers hosting_migration_vm.")
            .Add("hosting.vm.disk_rollback", DiskRollbackAsync, "array",
                "Rolls a disk back to a snapshot through its VM: answers the chain [vm_stop, disk_detach, disk_rollback_from, disk_attach, vm_start] as needed.")
            .Add("hosting.vm.iface_detach", IfaceDetachAsync, "struct", "Detaches an iface (all may be detached). Answers iface_detach.");

        foreach (var verb in new[] { "can_migrate", "count", "create", "create_from", "delete", "disk_attach", "disk_detach", "disk_rollback", "iface_attach", "iface_detach", "info", "list", "migrate", "reboot", "start", "stop", "update" })
        {
            methods.Alias($"vm.{verb}", $"hosting.vm.{verb}");
        }
    }

    private static async Task<XmlRpcValue> CountAsync(Tenant tenant, VmService vms, ListRequest? opts = null) =>
        await vms.CountAsync(tenant, opts ?? ListRequest.Empty);

    private static async Task<XmlRpcValue> CreateAsync(Tenant tenant, VmService vms, VmDescription vmSpec) =>
        OperationWire.Ops(await vms.CreateAsync(tenant, vmSpec.ToSpec()), tenant);

    private static async Task<XmlRpcValue> CreateFromAsync(Tenant tenant, VmService vms, VmDescription vmSpec, DiskDescription diskSpec, int srcDiskId) =>
        OperationWire.Ops(await vms.CreateFromAsync(tenant, vmSpec.ToSpec(), diskSpec.ToSpec(), srcDiskId), tenant);

    private static async Task<XmlRpcValue> DeleteAsync(Tenant tenant, VmService vms, int vmId) =>
        OperationWire.Op(await vms.DeleteAsync(tenant, vmId), tenant);

    private static async Task<XmlRpcValue> InfoAsync(Tenant tenant, VmService vms, int vmId) =>
        InfoForm.Of(await vms.InfoAsync(tenant, vmId));

    private static async Task<XmlRpcValue> ListAsync(Tenant tenant, VmService vms, ListRequest? opts = null) =>
        ListForm.Of(await vms.ListAsync(tenant, opts ?? ListRequest.Empty));

    // start_options is accepted for Gandi's signature; the emulator has nothing to start differently.
    private static async Task<XmlRpcValue> StartAsync(Tenant tenant, VmService vms, int vmId, XmlRpcStruct? startOptions = null) =>
        OperationWire.Op(await vms.StartAsync(tenant, vmId), tenant);

    private static async Task<XmlRpcValue> StopAsync(Tenant tenant, VmService vms, int vmId) =>
        OperationWire.Op(await vms.StopAsync(tenant, vmId), tenant);

    private static async Task<XmlRpcValue> RebootAsync(Tenant tenant, VmService vms, int vmId) =>
        OperationWire.Op(await vms.RebootAsync(tenant, vmId), tenant);

    private static async Task<XmlRpcValue> UpdateAsync(Tenant tenant, VmService vms, int vmId, VmUpdate vmSpec) =>
        OperationWire.Op(await vms.UpdateAsync(tenant, vmId, vmSpec.Cores, vmSpec.Memory, vmSpec.VmMaxMemory, vmSpec.Console), tenant);

    private static async Task<XmlRpcValue> DiskAttachAsync(Tenant tenant, VmService vms, int vmId, int diskId, DiskAttachOptions? options = null) =>
        OperationWire.Op(await vms.DiskAttachAsync(tenant, vmId, diskId, options?.Position), tenant);

    private static async Task<XmlRpcValue> DiskDetachAsync(Tenant tenant, VmService vms, int vmId, int diskId) =>
        OperationWire.Op(await vms.DiskDetachAsync(tenant, vmId, diskId), tenant);

    private static async Task<XmlRpcValue> IfaceAttachAsync(Tenant tenant, VmService vms, int vmId, int ifaceId) =>
        OperationWire.Op(await vms.IfaceAttachAsync(tenant, vmId, ifaceId), tenant);

    private static async Task<XmlRpcValue> CanMigrateAsync(Tenant tenant, VmService vms, int vmId)
    {
        var (can, matched, to) = await vms.CanMigrateAsync(tenant, vmId);
        return new XmlRpcStruct(3)
        {
            { "can_migrate", can },
            { "matched", new XmlRpcArray(matched.Select(c => XmlRpcValue.FromString(c))) },
            { "can_migrate_to", new XmlRpcArray(to.Select(c => XmlRpcValue.FromString(c))) },
        };
    }

    private static async Task<XmlRpcValue> MigrateAsync(Tenant tenant, VmService vms, int vmId, bool finalizeMigration = false) =>
        OperationWire.Op(await vms.MigrateAsync(tenant, vmId, finalizeMigration), tenant);

    private static async Task<XmlRpcValue> DiskRollbackAsync(Tenant tenant, VmService vms, int snapshotId) =>
        OperationWire.Ops(await vms.DiskRollbackAsync(tenant, snapshotId), tenant);

    private static async Task<XmlRpcValue> IfaceDetachAsync(Tenant tenant, VmService vms, int vmId, int ifaceId) =>
        OperationWire.Op(await vms.IfaceDetachAsync(tenant, vmId, ifaceId), tenant);
}
