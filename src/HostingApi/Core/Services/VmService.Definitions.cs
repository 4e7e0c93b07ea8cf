using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Operations;
using HostingApi.Core.Operations.Effects;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>What a VM made stopped with existing disks is: its sizing and the disks attached to it, in order.</summary>
public sealed record HaltedVmSpec(VmSpec Spec, IReadOnlyList<int> DiskIds);

/// <summary>A change of a VM's definition: null leaves a part as it is; <see cref="DiskIds"/> is the whole list of its disks, in order.</summary>
public sealed record VmRevision(string? Hostname, int? Cores, int? Memory, IReadOnlyList<int>? DiskIds);

/// <summary>
/// VMs edited as a definition (CloudSigma's servers): made stopped with disks already there, revised as
/// a whole (name, sizing, the list of disks), deleted with the disks chosen. Disk lists and sizing change
/// only on a halted VM; the dialect decides what it ignores on a running one.
/// </summary>
public sealed partial class VmService
{
    /// <summary>
    /// Several VMs, each with its first iface and with existing detached disks attached at positions 0, 1, ...,
    /// in one transaction (the quota checked for all); their <c>vm_create</c> ends <c>halted</c>.
    /// </summary>
    public Task<IReadOnlyList<Operation>> CreateHaltedAsync(Tenant tenant, IReadOnlyList<HaltedVmSpec> specs, CancellationToken ct = default) =>
        mutation.RunAllAsync(async now =>
        {
            var all = new List<Operation>();
            foreach (var wanted in specs)
            {
                var (vm, operations) = await AddVmAsync(tenant, wanted.Spec, now, ct);
                var position = 0;
                foreach (var diskId in wanted.DiskIds)
                {
                    (await AttachableAsync(tenant, vm, diskId, ct)).AttachTo(vm.Id, position++, now);
                }

                operations.Single(o => o.Type == OperationTypes.VmCreate).SetParam(NamedValue.Of(VmCreateEffect.HaltedParam, true));
                all.AddRange(operations);

                // The next VM's quota check counts the account's VMs, IPs and ifaces in the store: these must be there.
                await db.SaveChangesAsync(ct);
            }

            return (IReadOnlyList<Operation>)all;
        }, ct);

    /// <summary>
    /// Renames (any state), resizes and sets the disk list (a halted VM only: a disk is attached or detached
    /// as its operation, the others are moved to their place in the list); answers the operations queued (maybe none).
    /// </summary>
    public Task<IReadOnlyList<Operation>> ReviseAsync(Tenant tenant, int id, VmRevision revision, CancellationToken ct = default) =>
        mutation.RunAllAsync(async now =>
        {
            var vm = await ReadyAsync(tenant, id, ct);
            var operations = new List<Operation>();
            if (revision.Hostname is { } hostname && hostname != vm.Hostname)
            {
                vm.Rename(hostname);
            }

            if ((revision.Cores is { } cores && cores != vm.Cores) || (revision.Memory is { } memory && memory != vm.Memory))
            {
                RequireHalted(vm, "update");
                var newMemory = revision.Memory ?? vm.Memory;
                Vm.RequireValidMemory(newMemory);
                await QuotaCalculator.RequireAsync(db, tenant.AccountId, new ResourceQuota(0, 0, (revision.Cores ?? vm.Cores) - vm.Cores, newMemory - vm.Memory, 0, 0), ct);
                vm.Resize(revision.Cores, newMemory, Math.Max(vm.VmMaxMemory, newMemory), null, now);
                operations.Add(mutation.Queue(tenant.AccountId, OperationTypes.VmUpdate, now, vmId: vm.Id));
            }

            if (revision.DiskIds is { } diskIds)
            {
                operations.AddRange(await SetDisksAsync(tenant, vm, diskIds, now, ct));
            }

            return (IReadOnlyList<Operation>)operations;
        }, ct);

    /// <summary>
    /// Deletes a halted VM: the disks named in <paramref name="deletedDiskIds"/> go with it, its other disks are
    /// detached at once (and its first iface goes, as with any <c>vm_delete</c>).
    /// </summary>
    public Task<Operation> DeleteChoosingDisksAsync(Tenant tenant, int id, IReadOnlyCollection<int> deletedDiskIds, CancellationToken ct = default) =>
        mutation.RunAsync(async now =>
        {
            var vm = await ReadyAsync(tenant, id, ct);
            vm.BeginDeletion(now);
            foreach (var disk in await db.Disks.Where(d => d.VmId == vm.Id).ToListAsync(ct))
            {
                if (!deletedDiskIds.Contains(disk.Id))
                {
                    disk.Detach(now);
                }
            }

            var operation = mutation.Queue(tenant.AccountId, OperationTypes.VmDelete, now, vmId: vm.Id);
            operation.SetParam(NamedValue.Of(VmDeleteEffect.WithDisksParam, true));
            return operation;
        }, ct);

    private async Task<List<Operation>> SetDisksAsync(Tenant tenant, Vm vm, IReadOnlyList<int> diskIds, DateTime now, CancellationToken ct)
    {
        var attached = await db.Disks.Where(d => d.VmId == vm.Id).ToListAsync(ct);
        var current = attached.OrderBy(d => d.Position).Select(d => d.Id).ToList();
        if (current.SequenceEqual(diskIds))
        {
            return [];
        }

        RequireHalted(vm, "change its disks");
        var operations = new List<Operation>();
        foreach (var disk in attached.Where(d => !diskIds.Contains(d.Id)))
        {
            disk.Detach(now);
            operations.Add(mutation.Queue(tenant.AccountId, OperationTypes.DiskDetach, now, vmId: vm.Id, diskId: disk.Id));
        }

        for (var position = 0; position < diskIds.Count; position++)
        {
            if (attached.FirstOrDefault(d => d.Id == diskIds[position]) is { } kept)
            {
                kept.MoveTo(position, now);
                continue;
            }

            (await AttachableAsync(tenant, vm, diskIds[position], ct)).AttachTo(vm.Id, position, now);
            operations.Add(mutation.Queue(tenant.AccountId, OperationTypes.DiskAttach, now, vmId: vm.Id, diskId: diskIds[position]));
        }

        return operations;
    }

    // One of the account's disks, in the VM's datacenter (attaching checks it is created and detached).
    private async Task<Disk> AttachableAsync(Tenant tenant, Vm vm, int diskId, CancellationToken ct)
    {
        var disk = await db.Disks.SingleOrDefaultAsync(d => d.Id == diskId && d.AccountId == tenant.AccountId, ct)
            ?? throw new NotFoundError(ObjectKind.Disk, diskId);
        return disk.DatacenterId == vm.DatacenterId ? disk : throw new DatacenterMismatchError(ObjectKind.Disk, "VM and Disk must be in the same datacenter");
    }
}
