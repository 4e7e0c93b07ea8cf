using HostingApi.Data;
using HostingApi.Domain;
using HostingApi.Faults;
using HostingApi.Operations;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Services;

/// <summary>Disks of an account (and the public image disks every account may read).</summary>
public sealed class DiskService(HostingDbContext db, OperationRunner runner, WriteGate gate, OperationQueue queue)
{
    /// <summary>
    /// A new empty data disk: checked (datacenter open to the account, size, profile, quota), then the disk
    /// at <c>being_created</c> and its <c>disk_create</c> operation at WAIT, in one transaction.
    /// </summary>
    public async Task<Operation> CreateAsync(Tenant tenant, DiskSpec spec, CancellationToken ct = default)
    {
        Operation operation;
        using (await gate.EnterAsync(ct))
        {
            var now = queue.Now;
            var datacenter = await db.Datacenters.AsNoTracking().SingleOrDefaultAsync(d => d.Id == spec.DatacenterId, ct)
                ?? throw Errors.NotFound(FaultObject.Datacenter, "Datacenter", spec.DatacenterId);
            if (!datacenter.AcceptsNewResourcesFrom(await HasResourcesInAsync(tenant, datacenter.Id, ct)))
            {
                throw Errors.DatacenterClosed(datacenter.DcCode);
            }

            var size = spec.Size ?? Disk.DefaultSize;
            Disk.RequireValidSize(size);
            SnapshotProfile? profile = null;
            if (spec.SnapshotProfileId is { } profileId)
            {
                profile = await db.SnapshotProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == profileId, ct)
                    ?? throw Errors.NotFound(FaultObject.SnapshotProfile, "Snapshot profile", profileId);
            }

            await RequireDiskQuotaAsync(tenant, QuotaCalculator.DiskCost(size, profile), ct);

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var disk = Disk.CreateData(tenant.AccountId, datacenter.Id, spec.Name ?? "", size, profile?.Id, now);
            db.Disks.Add(disk);
            await db.SaveChangesAsync(ct);
            if (string.IsNullOrEmpty(spec.Name))
            {
                disk.Rename($"disk{disk.Id}", now);
            }

            operation = queue.Create(tenant.AccountId, "disk_create", now, diskId: disk.Id);
            db.Operations.Add(operation);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        queue.Committed(operation);
        return operation;
    }

    public async Task<DiskDetails> InfoAsync(Tenant tenant, int id, CancellationToken ct = default)
    {
        await runner.CatchUpAsync(ct);
        var disk = await db.Disks.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == id && (d.AccountId == tenant.AccountId || d.Visibility == DiskVisibility.All), ct)
            ?? throw Errors.NotFound(FaultObject.Disk, "Disk", id);
        var profile = disk.SnapshotProfileId is { } profileId ? await db.SnapshotProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == profileId, ct) : null;
        var snapshots = await db.Disks.AsNoTracking().Where(d => d.SourceId == id && d.Type == DiskType.Snapshot).Select(d => d.Id).ToListAsync(ct);
        return new DiskDetails(disk, profile, snapshots);
    }

    private async Task RequireDiskQuotaAsync(Tenant tenant, long cost, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == tenant.AccountId, ct);
        var used = await QuotaCalculator.UsedAsync(db, tenant.AccountId, ct);
        var available = account.Granted.Disk - used.Disk;
        if (cost > available)
        {
            throw Errors.QuotaReached("disk", $"{cost} MB", $"{Math.Max(available, 0)} MB");
        }
    }

    private async Task<bool> HasResourcesInAsync(Tenant tenant, int datacenterId, CancellationToken ct) =>
        await db.Disks.AnyAsync(d => d.AccountId == tenant.AccountId && d.DatacenterId == datacenterId, ct)
        || await db.Vms.AnyAsync(v => v.AccountId == tenant.AccountId && v.DatacenterId == datacenterId, ct);
}

/// <summary>A disk with what <c>disk.info</c> adds: its snapshot profile and its snapshots.</summary>
public sealed record DiskDetails(Disk Disk, SnapshotProfile? Profile, IReadOnlyList<int> SnapshotIds);
