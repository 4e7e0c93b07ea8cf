using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Operations;
using HostingApi.Core.Tenancy;

namespace HostingApi.Core.Services;

/// <summary>
/// The changes a REST dialect asks for in its own terms: several disks made at once (all or none),
/// a revision that renames and resizes without rebooting anything, and a deletion that detaches first.
/// </summary>
public sealed partial class DiskService
{
    /// <summary>Empty data disks, one per spec, in one transaction: the quota is checked for them all.</summary>
    public async Task<IReadOnlyList<Disk>> CreateManyAsync(Tenant tenant, IReadOnlyList<DiskSpec> specs, CancellationToken ct = default)
    {
        var disks = new List<Disk>();
        await mutation.RunAllAsync(async now =>
        {
            var operations = new List<Operation>();
            foreach (var spec in specs)
            {
                var datacenter = await OpenDatacenterAsync(tenant, spec.DatacenterId ?? throw new MissingArgumentError("datacenter_id", "disk_spec"), ct);
                var disk = Disk.CreateData(tenant.AccountId, datacenter.Id, spec.Name ?? "", spec.SizeBytes ?? Disk.DefaultSizeBytes, null, now);
                await QuotaCalculator.RequireAsync(db, tenant.AccountId, ResourceQuota.None with { DiskBytes = disk.SizeBytes }, ct);
                operations.Add(await AddAsync(tenant, disk, spec.Name, now, ct));
                disks.Add(disk);

                // The next disk's quota check reads the totals the store keeps: this one must be in them.
                await db.SaveChangesAsync(ct);
            }

            return operations;
        }, ct);
        return disks;
    }

    /// <summary>
    /// Renames at once and resizes through a <c>disk_update</c> operation; unlike
    /// <see cref="UpdateAsync"/> nothing reboots and an unchanged value is no error. Null when nothing changed.
    /// </summary>
    public async Task<Operation?> ReviseAsync(Tenant tenant, int id, string? name, long? sizeBytes, CancellationToken ct = default)
    {
        var operations = await mutation.RunAllAsync(async now =>
        {
            var disk = await OwnedAsync(tenant, id, ct);
            if (name is not null && name != disk.Name)
            {
                disk.Rename(name, now);
            }

            if (sizeBytes is not { } size || size == disk.SizeBytes)
            {
                return [];
            }

            var oldSize = disk.SizeBytes;
            disk.Resize(size, now);
            await QuotaCalculator.RequireAsync(db, tenant.AccountId, ResourceQuota.None with { DiskBytes = size - oldSize }, ct);
            return [mutation.Queue(tenant.AccountId, OperationTypes.DiskUpdate, now, vmId: disk.VmId, diskId: disk.Id)];
        }, ct);
        return operations.Count > 0 ? operations[0] : null;
    }

    /// <summary>Deletes disks, detaching the attached ones first (providers that delete mounted disks), in one transaction.</summary>
    public async Task DeleteDetachingAsync(Tenant tenant, IReadOnlyList<int> ids, CancellationToken ct = default)
    {
        await mutation.RunAllAsync(async now =>
        {
            var operations = new List<Operation>();
            foreach (var id in ids)
            {
                var disk = await OwnedAsync(tenant, id, ct);
                if (disk.VmId is not null)
                {
                    disk.Detach(now);
                }

                disk.BeginDeletion(now);
                operations.Add(mutation.Queue(tenant.AccountId, OperationTypes.DiskDelete, now, diskId: disk.Id));
            }

            return operations;
        }, ct);
    }
}
