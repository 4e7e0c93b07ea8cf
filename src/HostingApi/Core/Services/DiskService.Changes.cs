using HostingApi.Core.Operations;
using HostingApi.Core.Errors;
using HostingApi.Core.Domain;
using HostingApi.Core.Operations.Effects;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>The changes to an existing disk: update, delete, rollback from a snapshot, migrate.</summary>
public sealed partial class DiskService
{
    /// <summary>
    /// Applies the changes at once (so the quota check and the change are one step) and answers the
    /// <c>disk_update</c> operation; an attached disk renamed or resized also reboots its VM.
    /// Nothing to change: 530444. Shrinking: 530495.
    /// </summary>
    public async Task<Operation> UpdateAsync(Tenant tenant, int id, DiskChanges changes, CancellationToken ct = default)
    {
        var operations = await mutation.RunAllAsync(async now =>
        {
            var disk = await OwnedAsync(tenant, id, ct);
            var oldCost = QuotaCalculator.DiskCost(disk.SizeBytes, await ProfileAsync(disk.SnapshotProfileId, ct));
            var changed = false;
            var reboot = false;

            if (changes.Name is { } name && name != disk.Name)
            {
                disk.Rename(name, now);
                changed = reboot = true;
            }

            if (changes.SizeBytes is { } size && size != disk.SizeBytes)
            {
                disk.Resize(size, now);
                changed = reboot = true;
            }

            if ((changes.Kernel is { } kernel && kernel != disk.KernelVersion) || (changes.Cmdline is { } cmdline && !cmdline.SequenceEqual(disk.KernelCmdline)))
            {
                if (changes.Kernel is { } wanted && !await db.Kernels.AnyAsync(k => k.DatacenterId == disk.DatacenterId && k.Version == wanted, ct))
                {
                    throw new UnknownNameError(ObjectKind.Kernel, wanted);
                }

                disk.ChangeKernel(changes.Kernel, changes.Cmdline, now);
                changed = true;
            }

            var profileId = changes.RemoveSnapshotProfile ? null : changes.SnapshotProfileId ?? disk.SnapshotProfileId;
            if (profileId != disk.SnapshotProfileId)
            {
                disk.ChangeSnapshotProfile((await ProfileAsync(profileId, ct))?.Id, now);
                changed = true;
            }

            if (!changed)
            {
                throw new NothingToChangeError(ObjectKind.Disk);
            }

            await QuotaCalculator.RequireAsync(db, tenant.AccountId,
                ResourceQuota.None with { DiskBytes = QuotaCalculator.DiskCost(disk.SizeBytes, await ProfileAsync(disk.SnapshotProfileId, ct)) - oldCost }, ct);
            var update = mutation.Queue(tenant.AccountId, OperationTypes.DiskUpdate, now, vmId: disk.VmId, diskId: disk.Id);
            return reboot && disk.VmId is { } vmId
                ? [update, mutation.Queue(tenant.AccountId, OperationTypes.VmReboot, now, vmId: vmId)]
                : [update];
        }, ct);
        return operations[0];
    }

    /// <summary>Deletes a detached disk (530439 if attached): <c>deleted</c>, out of the quota, until its operation removes it.</summary>
    public async Task<Operation> DeleteAsync(Tenant tenant, int id, CancellationToken ct = default)
    {
        return await mutation.RunAsync(async now =>
        {
            var disk = await OwnedAsync(tenant, id, ct);
            disk.BeginDeletion(now);
            return mutation.Queue(tenant.AccountId, OperationTypes.DiskDelete, now, diskId: disk.Id);
        }, ct);
    }

    /// <summary>
    /// Rolls a disk back to <paramref name="snapshotId"/>: a new disk is made from the snapshot and the
    /// snapshot's source disk waits in <c>rollback</c> (not counted in the quota, frozen). As Gandi's
    /// documentation says the caller gets the new disk's id in the answer's <c>id</c>, the new disk takes
    /// the operation's id: <c>id</c> is both, so clients that poll <c>operation.info(op['id'])</c> work too.
    /// </summary>
    public async Task<Operation> RollbackFromAsync(Tenant tenant, int snapshotId, CancellationToken ct = default)
    {
        return await mutation.RunAsync(async now =>
        {
            var snapshot = await OwnedAsync(tenant, snapshotId, ct);
            if (snapshot.Type != DiskType.Snapshot || snapshot.SourceId is not { } sourceId)
            {
                throw new InvalidArgumentError(ObjectKind.Snapshot, "id", $"disk {snapshotId} is not a snapshot");
            }

            var source = await OwnedAsync(tenant, sourceId, ct);
            source.BeginRollback(snapshot.Id, now);

            var operation = mutation.Queue(tenant.AccountId, OperationTypes.DiskRollbackFrom, now);
            operation.SetParam(NamedValue.Of(DiskRollbackEffect.SourceDiskParam, source.Id));
            operation.SetParam(NamedValue.Of("snapshot_id", snapshot.Id));
            await db.SaveChangesAsync(ct);

            var disk = Disk.CreateCopy(tenant.AccountId, snapshot, source.Name, source.SizeBytes, source.SnapshotProfileId, now);
            if (!await db.Disks.AnyAsync(d => d.Id == operation.Id, ct))
            {
                disk.AssignId(operation.Id);
            }

            db.Disks.Add(disk);
            await db.SaveChangesAsync(ct);
            operation.Concern(diskId: disk.Id);
            return operation;
        }, ct);
    }

    /// <summary>Moves a detached disk to a datacenter its own can migrate to (and that is open): <c>being_migrated</c> meanwhile.</summary>
    public async Task<Operation> MigrateAsync(Tenant tenant, int id, int targetDatacenterId, CancellationToken ct = default)
    {
        return await mutation.RunAsync(async now =>
        {
            var disk = await OwnedAsync(tenant, id, ct);
            var (from, to) = await DatacenterRules.RequireMigrationAsync(db, disk.DatacenterId, targetDatacenterId, ct);

            disk.BeginMigration(now);
            var operation = mutation.Queue(tenant.AccountId, OperationTypes.DiskMigration, now, diskId: disk.Id);
            operation.SetParam(NamedValue.Of(DiskMigrationEffect.FromParam, from.Id));
            operation.SetParam(NamedValue.Of(DiskMigrationEffect.ToParam, to.Id));
            return operation;
        }, ct);
    }
}
