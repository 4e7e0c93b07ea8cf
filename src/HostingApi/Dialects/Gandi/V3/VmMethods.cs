using HostingApi.Core.Domain;
using HostingApi.Core.Services;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gandi.Endpoint;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Dialects.Gandi.Rpc.Binding;
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
            .Add("hosting.vm.count", async (Tenant t, VmService s, ListRequest? opts = null) => (XmlRpcValue)await s.CountAsync(t, opts ?? ListRequest.Empty), "int",
                "Counts the account's VMs; filters: id, hostname, ~hostname, state, datacenter_id, date_created.")
            .Add("hosting.vm.create", async (Tenant t, VmService s, VmDescription vmSpec) => Ops(await s.CreateAsync(t, vmSpec.ToSpec()), t), "array",
                "Creates a VM on a system disk (sys_disk_id). Answers [iface_create, vm_create] ([vm_create] given an iface_id).")
            .Add("hosting.vm.create_from", async (Tenant t, VmService s, VmDescription vmSpec, DiskDescription diskSpec, int srcDiskId) =>
                    Ops(await s.CreateFromAsync(t, vmSpec.ToSpec(), diskSpec.ToSpec(), srcDiskId), t), "array",
                "Creates a VM and its system disk copied from src_disk_id (an image's disk_id). Answers [disk_create, iface_create, vm_create] ([disk_create, vm_create] given an iface_id).")
            .Add("hosting.vm.delete", async (Tenant t, VmService s, int vmId) => Op(await s.DeleteAsync(t, vmId), t), "struct",
                "Deletes a halted VM with its system disk and first iface; other disks and ifaces are detached. Answers vm_delete.")
            .Add("hosting.vm.info", async (Tenant t, VmService s, int vmId) => InfoForm.Of(await s.InfoAsync(t, vmId)), "struct",
                "Describes a VM, with its disks, ifaces and IPs.")
            .Add("hosting.vm.list", async (Tenant t, VmService s, ListRequest? opts = null) =>
                    ListForm.Of(await s.ListAsync(t, opts ?? ListRequest.Empty)), "array",
                "Lists the account's VMs; filters: id, hostname, ~hostname, state, datacenter_id, date_created.")
            .Add("hosting.vm.start", async (Tenant t, VmService s, int vmId, XmlRpcStruct? startOptions = null) => Op(await s.StartAsync(t, vmId), t), "struct",
                "Starts a halted VM. Answers vm_start.")
            .Add("hosting.vm.stop", async (Tenant t, VmService s, int vmId) => Op(await s.StopAsync(t, vmId), t), "struct", "Stops a running VM. Answers vm_stop.")
            .Add("hosting.vm.reboot", async (Tenant t, VmService s, int vmId) => Op(await s.RebootAsync(t, vmId), t), "struct", "Reboots a running VM. Answers vm_reboot.")
            .Add("hosting.vm.update", async (Tenant t, VmService s, int vmId, VmUpdate vmSpec) =>
                    Op(await s.UpdateAsync(t, vmId, vmSpec.Cores, vmSpec.Memory, vmSpec.VmMaxMemory, vmSpec.Console), t), "struct",
                "Changes cores, memory (a multiple of 64), vm_max_memory (a running VM reboots), console. Answers vm_update.")
            .Add("hosting.vm.disk_attach", async (Tenant t, VmService s, int vmId, int diskId, DiskAttachOptions? options = null) =>
                    Op(await s.DiskAttachAsync(t, vmId, diskId, options?.Position), t), "struct",
                "Attaches a disk of the same datacenter; position 0 swaps the system disk (VM halted). Answers disk_attach.")
            .Add("hosting.vm.disk_detach", async (Tenant t, VmService s, int vmId, int diskId) => Op(await s.DiskDetachAsync(t, vmId, diskId), t), "struct",
                "Detaches a disk; the system disk only from a halted VM. Answers disk_detach.")
            .Add("hosting.vm.iface_attach", async (Tenant t, VmService s, int vmId, int ifaceId) => Op(await s.IfaceAttachAsync(t, vmId, ifaceId), t), "struct",
                "Attaches a free iface of the same datacenter. Answers iface_attach.")
            .Add("hosting.vm.can_migrate", async (Tenant t, VmService s, int vmId) =>
                {
                    var (can, matched, to) = await s.CanMigrateAsync(t, vmId);
                    return (XmlRpcValue)new XmlRpcStruct(3)
                    {
                        { "can_migrate", can },
                        { "matched", new XmlRpcArray(matched.Select(c => XmlRpcValue.FromString(c))) },
                        { "can_migrate_to", new XmlRpcArray(to.Select(c => XmlRpcValue.FromString(c))) },
                    };
                }, "struct", "Whether the VM can migrate, and to which datacenters (dc codes).")
            .Add("hosting.vm.migrate", async (Tenant t, VmService s, int vmId, bool finalizeMigration = false) => Op(await s.MigrateAsync(t, vmId, finalizeMigration), t), "struct",
                "Migrates a VM in two phases: the operation waits in RUN (params.inner_step 'wait_finalize') until called again with finalize_migration true. Answers hosting_migration_vm.")
            .Add("hosting.vm.disk_rollback", async (Tenant t, VmService s, int snapshotId) => Ops(await s.DiskRollbackAsync(t, snapshotId), t), "array",
                "Rolls a disk back to a snapshot through its VM: answers the chain [vm_stop, disk_detach, disk_rollback_from, disk_attach, vm_start] as needed.")
            .Add("hosting.vm.iface_detach", async (Tenant t, VmService s, int vmId, int ifaceId) => Op(await s.IfaceDetachAsync(t, vmId, ifaceId), t), "struct",
                "Detaches an iface (all may be detached). Answers iface_detach.");

        foreach (var verb in new[] { "can_migrate", "count", "create", "create_from", "delete", "disk_attach", "disk_detach", "disk_rollback", "iface_attach", "iface_detach", "info", "list", "migrate", "reboot", "start", "stop", "update" })
        {
            methods.Alias($"vm.{verb}", $"hosting.vm.{verb}");
        }
    }

    private static XmlRpcValue Op(Operation operation, Tenant tenant) => OperationWire.ToStruct(operation, tenant.Handle);

    private static XmlRpcValue Ops(IReadOnlyList<Operation> operations, Tenant tenant) =>
        new XmlRpcArray(operations.Select(o => (XmlRpcValue)OperationWire.ToStruct(o, tenant.Handle)));
}

/// <summary>Gandi's VMDescription / VMCreateFromDescription (the latter without sys_disk_id).</summary>
[RpcStruct]
public sealed class VmDescription
{
    public required int DatacenterId { get; set; }

    public int? SysDiskId { get; set; }

    public string? Hostname { get; set; }

    public int? Memory { get; set; }

    public int? Cores { get; set; }

    public double? Bandwidth { get; set; }

    /// <summary>An int, or a string ('4'): the seed types it string, clients send both.</summary>
    public int? IpVersion { get; set; }

    public int? VmMaxMemory { get; set; }

    public int? IfaceId { get; set; }

    public IReadOnlyList<int>? Keys { get; set; }

    /// <summary>A public key, or a list of them.</summary>
    public XmlRpcValue SshKey { get; set; }

    public string? Login { get; set; }

    public string? Password { get; set; }

    public string? Run { get; set; }

    public string? Script { get; set; }

    public string? ScriptArgs { get; set; }

    public string? Farm { get; set; }

    public string? Description { get; set; }

    /// <summary>No effect, kept for compatibility (as Gandi).</summary>
    public int? AiActive { get; set; }

    /// <summary>No effect, kept for compatibility (as Gandi).</summary>
    public int? Shares { get; set; }

    public bool? Console { get; set; }

    public VmSpec ToSpec() => new(DatacenterId, Hostname, Memory, Cores, Bandwidth, IpVersion, VmMaxMemory, IfaceId, SysDiskId, Keys,
        SshKey.Kind switch
        {
            XmlRpcValueKind.String => [SshKey.AsString()],
            XmlRpcValueKind.Array => [.. SshKey.AsArray().Where(v => v.Kind == XmlRpcValueKind.String).Select(v => v.AsString())],
            _ => null,
        });
}

/// <summary>Gandi's VMUpdate.</summary>
[RpcStruct]
public sealed class VmUpdate
{
    public int? Cores { get; set; }

    public int? Memory { get; set; }

    public int? VmMaxMemory { get; set; }

    public bool? Console { get; set; }

    public string? Password { get; set; }

    /// <summary>No effect, kept for compatibility (as Gandi).</summary>
    public int? Shares { get; set; }
}

/// <summary>Gandi's VMDiskAttachOptions.</summary>
[RpcStruct]
public sealed class DiskAttachOptions
{
    public int? Position { get; set; }

    /// <summary><c>read</c> or <c>read/write</c> (accepted; the emulator keeps no data to protect).</summary>
    public string? Access { get; set; }
}
