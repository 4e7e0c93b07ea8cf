using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Operations;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>
/// The changes a provider that edits a disk as one resource makes (Gigas): size, the VM it is on,
/// settings, a reboot, formatting, backups and templates. A disk busy with an operation refuses them
/// (the provider shows it <c>locked</c>); each queues the operations of the shared queue it needs.
/// </summary>
public sealed partial class DiskService
{
    /// <summary>
    /// Applies <paramref name="edit"/> at once and answers the operations it queued (none when only
    /// settings changed): <c>disk_update</c> for a resize, <c>disk_detach</c>/<c>disk_attach</c> for a move,
    /// <c>vm_reboot</c> when asked and the VM runs. Nothing to change: <see cref="NothingToChangeError"/>.
    /// </summary>
    public async Task<IReadOnlyList<Operation>> EditAsync(Tenant tenant, int id, DiskEdit edit, CancellationToken ct = default) =>
        await mutation.RunAllAsync(async now =>
        {
            var disk = await IdleAsync(tenant, id, ct);
            var operations = new List<Operation>();
            if (edit.SizeBytes is { } size && size != disk.SizeBytes)
            {
                var oldSize = disk.SizeBytes;
                disk.Resize(size, now);
                await QuotaCalculator.RequireAsync(db, tenant.AccountId, ResourceQuota.None with { DiskBytes = size - oldSize }, ct);
                operations.Add(mutation.Queue(tenant.AccountId, OperationTypes.DiskUpdate, now, vmId: disk.VmId, diskId: disk.Id));
            }

            if ((edit.Detach && disk.VmId is not null) || (edit.VmId is { } wanted && wanted != disk.VmId))
            {
                operations.AddRange(await MoveAsync(tenant, disk, edit.Detach ? null : edit.VmId, now, ct));
            }

            var settingsChanged = false;
            if (edit.MountPoint is not null || edit.AddToFstab is not null || edit.AutoBackup is not null)
            {
                var settings = await db.DiskSettings.SingleOrDefaultAsync(s => s.DiskId == disk.Id, ct);
                if (settings is null)
                {
                    settings = new DiskSettings(disk.Id, tenant.AccountId);
                    db.DiskSettings.Add(settings);
                }

                settingsChanged = settings.Change(edit.MountPoint, edit.AddToFstab, edit.AutoBackup);
            }

            if (edit.ForceReboot && disk.VmId is { } vmId && await db.Vms.AnyAsync(v => v.Id == vmId && v.State == VmState.Running, ct))
            {
                operations.Add(mutation.Queue(tenant.AccountId, OperationTypes.VmReboot, now, vmId: vmId));
            }

            if (operations.Count == 0 && !settingsChanged)
            {
                throw new NothingToChangeError(ObjectKind.Disk);
            }

            return operations;
        }, ct);

    /// <summary>
    /// Deletes a disk, detaching it first if a VM holds it (a provider whose delete does both): <c>disk_detach</c>
    /// then <c>disk_delete</c>, the last one answered. A system disk (position 0) goes only with its VM.
    /// </summary>
    public async Task<Operation> DeleteDetachingAsync(Tenant tenant, int id, CancellationToken ct = default) =>
        (await mutation.RunAllAsync(async now =>
        {
            var disk = await IdleAsync(tenant, id, ct);
            var operations = new List<Operation>();
            if (disk.VmId is { } vmId)
            {
                if (disk.Position == 0)
                {
                    throw new AttachedError(ObjectKind.Disk, disk.Id, ObjectKind.Vm, vmId);
                }

                disk.Detach(now);
                operations.Add(mutation.Queue(tenant.AccountId, OperationTypes.DiskDetach, now, vmId: vmId, diskId: disk.Id));
            }

            disk.BeginDeletion(now);
            operations.Insert(0, mutation.Queue(tenant.AccountId, OperationTypes.DiskDelete, now, diskId: disk.Id));
            return (IReadOnlyList<Operation>)operations;
        }, ct))[0];

    /// <summary>Formats the disk: a <c>disk_update</c> whose <c>change</c> parameter says so; the disk is busy until it is done.</summary>
    public async Task<Operation> FormatAsync(Tenant tenant, int id, CancellationToken ct = default) =>
        await mutation.RunAsync(async now =>
        {
            var disk = await IdleAsync(tenant, id, ct);
            disk.RequireCreated("format");
            var operation = mutation.Queue(tenant.AccountId, OperationTypes.DiskUpdate, now, vmId: disk.VmId, diskId: disk.Id);
            operation.SetParam(NamedValue.Of(ChangeParam, "format"));
            return operation;
        }, ct);

    /// <summary>A backup of the disk (<see cref="Disk.CreateBackup"/>), made by a <c>disk_create</c> whose <c>source_disk_id</c> is the disk.</summary>
    public Task<(Operation Operation, Disk Backup)> BackupAsync(Tenant tenant, int id, CancellationToken ct = default) =>
        CopyAsync(tenant, id, (source, now) => Disk.CreateBackup(tenant.AccountId, source, now), ct);

    /// <summary>A private image (template) made from the disk, named <paramref name="label"/>.</summary>
    public Task<(Operation Operation, Disk Backup)> TemplateAsync(Tenant tenant, int id, string label, CancellationToken ct = default) =>
        CopyAsync(tenant, id, (source, now) => Disk.CreateTemplate(tenant.AccountId, source, label, now), ct);

    /// <summary>The operation parameter naming the disk a backup or template is made from (that disk is busy meanwhile).</summary>
    public const string SourceDiskParam = "source_disk_id";

    /// <summary>The operation parameter saying what a <c>disk_update</c> does besides resizing (<c>format</c>).</summary>
    public const string ChangeParam = "change";

    private async Task<(Operation, Disk)> CopyAsync(Tenant tenant, int id, Func<Disk, DateTime, Disk> make, CancellationToken ct)
    {
        Disk? copy = null;
        var operation = await mutation.RunAsync(async now =>
        {
            var source = await IdleAsync(tenant, id, ct);
            copy = make(source, now);
            db.Disks.Add(copy);
            await db.SaveChangesAsync(ct);
            var queued = mutation.Queue(tenant.AccountId, OperationTypes.DiskCreate, now, diskId: copy.Id);
            queued.SetParam(NamedValue.Of(SourceDiskParam, source.Id));
            return queued;
        }, ct);
        return (operation, copy!);
    }

    // Detaches the disk from its VM (the system disk only from a halted one) and attaches it at the next free position of the target.
    private async Task<IReadOnlyList<Operation>> MoveAsync(Tenant tenant, Disk disk, int? targetVmId, DateTime now, CancellationToken ct)
    {
        var operations = new List<Operation>();
        Vm? target = null;
        if (targetVmId is { } wanted)
        {
            target = await db.Vms.SingleOrDefaultAsync(v => v.Id == wanted && v.AccountId == tenant.AccountId, ct) ?? throw new NotFoundError(ObjectKind.Vm, wanted);
            if (target.DatacenterId != disk.DatacenterId)
            {
                throw new DatacenterMismatchError(ObjectKind.Disk, "VM and Disk must be in the same datacenter");
            }
        }

        if (disk.VmId is { } current)
        {
            if (disk.Position == 0 && await db.Vms.SingleAsync(v => v.Id == current, ct) is { State: not VmState.Halted } holder)
            {
                throw new WrongStateError(ObjectKind.Vm, holder.Id, WireName.Of(holder.State), "detach its system disk");
            }

            disk.Detach(now);
            operations.Add(mutation.Queue(tenant.AccountId, OperationTypes.DiskDetach, now, vmId: current, diskId: disk.Id));
        }

        if (target is not null)
        {
            var positions = await db.Disks.Where(d => d.VmId == target.Id).Select(d => d.Position ?? 0).ToListAsync(ct);
            disk.AttachTo(target.Id, positions.Count == 0 ? 0 : positions.Max() + 1, now);
            operations.Add(mutation.Queue(tenant.AccountId, OperationTypes.DiskAttach, now, vmId: target.Id, diskId: disk.Id));
        }

        return operations;
    }

    // An owned disk no pending operation is about (as its own, or as the source of a backup).
    private async Task<Disk> IdleAsync(Tenant tenant, int id, CancellationToken ct)
    {
        var disk = await OwnedAsync(tenant, id, ct);
        var pending = await db.Operations.AsNoTracking()
            .Where(o => o.AccountId == tenant.AccountId && (o.Step == OperationStep.Bill || o.Step == OperationStep.Wait || o.Step == OperationStep.Run))
            .ToListAsync(ct);
        return pending.FirstOrDefault(o => o.DiskId == id || o.Params.Any(p => p.Name == SourceDiskParam && p.Number == id)) is { } busy
            ? throw new BusyError(ObjectKind.Disk, id, busy.Type)
            : disk;
    }
}
