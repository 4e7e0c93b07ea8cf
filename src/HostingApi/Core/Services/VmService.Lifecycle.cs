using HostingApi.Core.Operations;
using HostingApi.Core.Errors;
using HostingApi.Core.Domain;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>
/// Start, stop, reboot, delete, update, and attaching disks and ifaces. The state moves when the
/// operation is done; meanwhile a VM with a pending operation refuses another (530267).
/// Attachments apply when the call is accepted; their operations record the backend's part.
/// </summary>
public sealed partial class VmService
{
    public Task<Operation> StartAsync(Tenant tenant, int id, CancellationToken ct = default) => LifecycleAsync(tenant, id, "vm_start", "start", VmState.Halted, ct);

    public Task<Operation> StopAsync(Tenant tenant, int id, CancellationToken ct = default) => LifecycleAsync(tenant, id, "vm_stop", "stop", VmState.Running, ct);

    public Task<Operation> RebootAsync(Tenant tenant, int id, CancellationToken ct = default) => LifecycleAsync(tenant, id, "vm_reboot", "reboot", VmState.Running, ct);

    /// <summary>Deletes a halted VM: its system disk (position 0) and first iface go with it, other disks and ifaces are detached.</summary>
    public async Task<Operation> DeleteAsync(Tenant tenant, int id, CancellationToken ct = default) =>
        await mutation.RunAsync(async now =>
        {
            var vm = await ReadyAsync(tenant, id, ct);
            vm.BeginDeletion(now);
            return mutation.Queue(tenant.AccountId, OperationTypes.VmDelete, now, vmId: vm.Id);
        }, ct);

    /// <summary>Cores, memory (a multiple of 64, at most vm_max_memory), vm_max_memory, console. Raising vm_max_memory on a running VM reboots it.</summary>
    public async Task<Operation> UpdateAsync(Tenant tenant, int id, int? cores, int? memory, int? vmMaxMemory, bool? console, CancellationToken ct = default) =>
        (await mutation.RunAllAsync(async now =>
        {
            var vm = await ReadyAsync(tenant, id, ct);
            if (cores is null && memory is null && vmMaxMemory is null && console is null)
            {
                throw new NothingToChangeError(ObjectKind.Vm);
            }

            var newMemory = memory ?? vm.Memory;
            var newMax = vmMaxMemory ?? vm.VmMaxMemory;
            Vm.RequireValidMemory(newMemory);
            Vm.RequireValidMemory(newMax);
            if (newMemory > newMax)
            {
                throw new InvalidArgumentError(ObjectKind.Vm, "memory", $"memory {newMemory} MB is above vm_max_memory {newMax} MB");
            }

            await QuotaCalculator.RequireAsync(db, tenant.AccountId, new ResourceQuota(0, 0, (cores ?? vm.Cores) - vm.Cores, newMemory - vm.Memory, 0, 0), ct);
            var reboot = vm.State == VmState.Running && newMax != vm.VmMaxMemory;
            vm.Resize(cores, memory, vmMaxMemory, console is null ? null : console.Value ? 1 : 0, now);
            var update = mutation.Queue(tenant.AccountId, OperationTypes.VmUpdate, now, vmId: vm.Id);
            return reboot ? [update, mutation.Queue(tenant.AccountId, OperationTypes.VmReboot, now, vmId: vm.Id)] : [update];
        }, ct))[0];

    /// <summary>
    /// Attaches a disk of the same datacenter (530451) not attached elsewhere, at <paramref name="position"/>
    /// (default: the next free one). Position 0 swaps the system disk, which needs a halted VM.
    /// </summary>
    public async Task<Operation> DiskAttachAsync(Tenant tenant, int vmId, int diskId, int? position, CancellationToken ct = default) =>
        await mutation.RunAsync(async now =>
        {
            var vm = await ReadyAsync(tenant, vmId, ct);
            var disk = await db.Disks.SingleOrDefaultAsync(d => d.Id == diskId && d.AccountId == tenant.AccountId, ct)
                ?? throw new NotFoundError(ObjectKind.Disk, diskId);
            if (disk.DatacenterId != vm.DatacenterId)
            {
                throw new DatacenterMismatchError(ObjectKind.Disk, "VM and Disk must be in the same datacenter");
            }

            disk.RequireDetached();
            var attached = await db.Disks.Where(d => d.VmId == vm.Id).ToListAsync(ct);
            var target = position ?? (attached.Count == 0 ? 0 : attached.Max(d => d.Position ?? 0) + 1);
            if (attached.SingleOrDefault(d => d.Position == target) is { } occupant)
            {
                if (target != 0)
                {
                    throw new AlreadyExistsError(ObjectKind.Disk, "position", target.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                RequireHalted(vm, "swap its system disk");
                occupant.MoveTo(attached.Max(d => d.Position ?? 0) + 1, now);
            }

            disk.AttachTo(vm.Id, target, now);
            return mutation.Queue(tenant.AccountId, OperationTypes.DiskAttach, now, vmId: vm.Id, diskId: disk.Id);
        }, ct);

    /// <summary>Detaches a disk (530498 if not on this VM); the system disk (position 0) only from a halted VM.</summary>
    public async Task<Operation> DiskDetachAsync(Tenant tenant, int vmId, int diskId, CancellationToken ct = default) =>
        await mutation.RunAsync(async now =>
        {
            var vm = await ReadyAsync(tenant, vmId, ct);
            var disk = await db.Disks.SingleOrDefaultAsync(d => d.Id == diskId && d.AccountId == tenant.AccountId, ct)
                ?? throw new NotFoundError(ObjectKind.Disk, diskId);
            if (disk.VmId != vm.Id)
            {
                throw new NotAttachedError(ObjectKind.Disk, disk.Id, ObjectKind.Vm, vm.Id);
            }

            if (disk.Position == 0)
            {
                RequireHalted(vm, "detach its system disk");
            }

            disk.Detach(now);
            return mutation.Queue(tenant.AccountId, OperationTypes.DiskDetach, now, vmId: vm.Id, diskId: disk.Id);
        }, ct);

    public async Task<Operation> IfaceAttachAsync(Tenant tenant, int vmId, int ifaceId, CancellationToken ct = default) =>
        await mutation.RunAsync(async now =>
        {
            var vm = await ReadyAsync(tenant, vmId, ct);
            var iface = await db.Ifaces.SingleOrDefaultAsync(i => i.Id == ifaceId && i.AccountId == tenant.AccountId, ct)
                ?? throw new NotFoundError(ObjectKind.Iface, ifaceId);
            if (iface.DatacenterId != vm.DatacenterId)
            {
                throw new DatacenterMismatchError(ObjectKind.Iface, "VM and Iface must be in the same datacenter");
            }

            var nums = await db.Ifaces.Where(i => i.VmId == vm.Id).Select(i => i.Num ?? 0).ToListAsync(ct);
            iface.Attach(vm.Id, Enumerable.Range(0, nums.Count + 1).First(n => !nums.Contains(n)), now);
            return mutation.Queue(tenant.AccountId, OperationTypes.IfaceAttach, now, vmId: vm.Id, ifaceId: iface.Id);
        }, ct);

    public async Task<Operation> IfaceDetachAsync(Tenant tenant, int vmId, int ifaceId, CancellationToken ct = default) =>
        await mutation.RunAsync(async now =>
        {
            var vm = await ReadyAsync(tenant, vmId, ct);
            var iface = await db.Ifaces.SingleOrDefaultAsync(i => i.Id == ifaceId && i.AccountId == tenant.AccountId, ct)
                ?? throw new NotFoundError(ObjectKind.Iface, ifaceId);
            if (iface.VmId != vm.Id)
            {
                throw new NotAttachedError(ObjectKind.Iface, iface.Id, ObjectKind.Vm, vm.Id);
            }

            iface.Detach(now);
            return mutation.Queue(tenant.AccountId, OperationTypes.IfaceDetach, now, vmId: vm.Id, ifaceId: iface.Id);
        }, ct);

    private async Task<Operation> LifecycleAsync(Tenant tenant, int id, string type, string action, VmState required, CancellationToken ct) =>
        await mutation.RunAsync(async now =>
        {
            var vm = await ReadyAsync(tenant, id, ct);
            if (vm.State != required)
            {
                throw new WrongStateError(ObjectKind.Vm, vm.Id, WireName.Of(vm.State), action);
            }

            return mutation.Queue(tenant.AccountId, type, now, vmId: vm.Id);
        }, ct);

    // The VM, owned and with no operation pending.
    private async Task<Vm> ReadyAsync(Tenant tenant, int id, CancellationToken ct)
    {
        var vm = await db.Vms.SingleOrDefaultAsync(v => v.Id == id && v.AccountId == tenant.AccountId, ct) ?? throw NotFound(id);
        var pending = await db.Operations.Where(o => o.VmId == id && (o.Step == OperationStep.Bill || o.Step == OperationStep.Wait || o.Step == OperationStep.Run))
            .Select(o => o.Type).FirstOrDefaultAsync(ct);
        return pending is null ? vm : throw new BusyError(ObjectKind.Vm, id, pending);
    }

    private static void RequireHalted(Vm vm, string action)
    {
        if (vm.State != VmState.Halted)
        {
            throw new WrongStateError(ObjectKind.Vm, vm.Id, WireName.Of(vm.State), action);
        }
    }
}
