using HostingApi.Core.Operations;
using HostingApi.Core.Errors;
using HostingApi.Core.Domain;
using HostingApi.Core.Operations.Effects;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>Moving a VM between datacenters (two phases), and rolling back its disk to a snapshot.</summary>
public sealed partial class VmService
{
    /// <summary>Whether the VM's datacenter migrates anywhere open: <c>{can_migrate, matched, can_migrate_to}</c> as dc codes.</summary>
    public async Task<(bool CanMigrate, IReadOnlyList<string> Matched, IReadOnlyList<string> CanMigrateTo)> CanMigrateAsync(
        Tenant tenant, int id, CancellationToken ct = default)
    {
        var vm = await db.Vms.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id && v.AccountId == tenant.AccountId, ct) ?? throw NotFound(id);
        var targets = await TargetsAsync(vm, ct);
        var codes = targets.Select(t => t.DcCode).ToList();
        return (codes.Count > 0, codes.Take(1).ToList(), codes);
    }

    /// <summary>
    /// Phase 1 (<paramref name="finalize"/> false): the VM goes <c>being_migrated</c> towards the first open datacenter
    /// its own can migrate to; the operation waits in RUN (<c>inner_step: wait_finalize</c>). Phase 2: the same
    /// operation is released and completes. Answers the <c>hosting_migration_vm</c> operation.
    /// </summary>
    public async Task<Operation> MigrateAsync(Tenant tenant, int id, bool finalize, CancellationToken ct = default) =>
        await mutation.RunAsync(async now =>
        {
            if (finalize)
            {
                var waiting = await db.Operations.SingleOrDefaultAsync(o => o.VmId == id && o.AccountId == tenant.AccountId
                    && o.Type == OperationTypes.VmMigration && o.Step == OperationStep.Run && o.DueAt == null, ct) ?? throw new InvalidPhaseError(ObjectKind.Vm, id, "migration");
                waiting.SetParam(NamedValue.Of(VmMigrationEffect.InnerStepParam, "finalize"));
                waiting.Release(now);
                return waiting;
            }

            var vm = await ReadyAsync(tenant, id, ct);
            var target = (await TargetsAsync(vm, ct)).FirstOrDefault()
                ?? throw new CannotMigrateError((await db.Datacenters.AsNoTracking().SingleAsync(d => d.Id == vm.DatacenterId, ct)).DcCode, "any open datacenter");
            var previous = vm.State;
            vm.BeginMigration(now);
            var operation = mutation.Queue(tenant.AccountId, OperationTypes.VmMigration, now, vmId: vm.Id);
            operation.SetParam(NamedValue.Of(DiskMigrationEffect.FromParam, vm.DatacenterId));
            operation.SetParam(NamedValue.Of(DiskMigrationEffect.ToParam, target.Id));
            operation.SetParam(NamedValue.Of(VmMigrationEffect.InnerStepParam, "wait_sync"));
            operation.SetParam(NamedValue.Of(VmMigrationEffect.StateParam, WireName.Of(previous)));
            return operation;
        }, ct);

    /// <summary>
    /// Rolls a disk back to <paramref name="snapshotId"/> through the VM it is attached to: answers the chain
    /// <c>[vm_stop, disk_detach, disk_rollback_from, disk_attach, vm_start]</c> (the stop and start only for a
    /// running VM; only the rollback when the disk is detached).
    /// </summary>
    public Task<IReadOnlyList<Operation>> DiskRollbackAsync(Tenant tenant, int snapshotId, CancellationToken ct = default) =>
        mutation.RunAllAsync(async now =>
        {
            var snapshot = await db.Disks.SingleOrDefaultAsync(d => d.Id == snapshotId && d.AccountId == tenant.AccountId, ct)
                ?? throw new NotFoundError(ObjectKind.Disk, snapshotId);
            if (snapshot.Type != DiskType.Snapshot || snapshot.SourceId is not { } sourceId)
            {
                throw new InvalidArgumentError(ObjectKind.Snapshot, "id", $"disk {snapshotId} is not a snapshot");
            }

            var source = await db.Disks.SingleAsync(d => d.Id == sourceId, ct);
            var chain = new List<Operation>();
            if (source.VmId is not { } vmId)
            {
                chain.Add(await QueueRollbackAsync(tenant, snapshot, source, null, null, now, ct));
                return chain;
            }

            var vm = await ReadyAsync(tenant, vmId, ct);
            var position = source.Position ?? 0;
            var running = vm.State == VmState.Running;
            if (running)
            {
                chain.Add(mutation.Queue(tenant.AccountId, OperationTypes.VmStop, now, vmId: vm.Id));
            }

            source.Detach(now);
            chain.Add(mutation.Queue(tenant.AccountId, OperationTypes.DiskDetach, now, vmId: vm.Id, diskId: source.Id));
            var rollback = await QueueRollbackAsync(tenant, snapshot, source, vm.Id, position, now, ct);
            chain.Add(rollback);
            chain.Add(mutation.Queue(tenant.AccountId, OperationTypes.DiskAttach, now, vmId: vm.Id, diskId: rollback.DiskId));
            if (running)
            {
                chain.Add(mutation.Queue(tenant.AccountId, OperationTypes.VmStart, now, vmId: vm.Id));
            }

            return chain;
        }, ct);

    private async Task<Operation> QueueRollbackAsync(Tenant tenant, Disk snapshot, Disk source, int? vmId, int? position, DateTime now, CancellationToken ct)
    {
        source.BeginRollback(snapshot.Id, now);
        var operation = mutation.Queue(tenant.AccountId, OperationTypes.DiskRollbackFrom, now, vmId: vmId);
        operation.SetParam(NamedValue.Of(DiskRollbackEffect.SourceDiskParam, source.Id));
        operation.SetParam(NamedValue.Of("snapshot_id", snapshot.Id));
        var disk = Disk.CreateCopy(tenant.AccountId, snapshot, source.Name, source.SizeBytes, source.SnapshotProfileId, now);
        if (vmId is { } vm)
        {
            disk.AttachAtCreation(vm, position ?? 0);
        }

        db.Disks.Add(disk);
        await db.SaveChangesAsync(ct);
        operation.Concern(diskId: disk.Id);
        return operation;
    }

    private async Task<List<Datacenter>> TargetsAsync(Vm vm, CancellationToken ct)
    {
        var from = await db.Datacenters.AsNoTracking().SingleAsync(d => d.Id == vm.DatacenterId, ct);
        var targets = await db.Datacenters.AsNoTracking().Where(d => from.CanMigrateTo.Contains(d.Id)).ToListAsync(ct);
        return [.. targets.Where(d => d.IaasClosedFor != ClosedFor.All).OrderBy(d => from.CanMigrateTo.IndexOf(d.Id))];
    }
}
