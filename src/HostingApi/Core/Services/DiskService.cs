using HostingApi.Core.Errors;
using HostingApi.Core.Domain;
using HostingApi.Core.Operations;
using HostingApi.Core.Persistence;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>Disks of an account (and the public image disks every account may read and copy).</summary>
public sealed partial class DiskService(HostingDbContext db, Mutation mutation, Reads reads, SnapshotProfiles snapshotProfiles, IIdReservation ids)
{
    internal static readonly ListingSpec<Disk> Disks = new ListingSpec<Disk>(d => d.Id)
        .Text("name", d => d.Name).Pattern("~name", d => d.Name)
        .Wire("state", d => d.State).Wire("type", d => d.Type)
        .Int("datacenter_id", d => d.DatacenterId).NullableInt("vm_id", d => d.VmId).NullableInt("source", d => d.SourceId)
        .Long("size", d => d.SizeBytes, unit: Disk.Mebibyte).Flag("can_snapshot", d => d.CanSnapshot).Date("date_created", d => d.DateCreated)
        .Sortable("can_snapshot", d => d.CanSnapshot).Sortable("datacenter_id", d => d.DatacenterId).Sortable("date_created", d => d.DateCreated)
        .Sortable("name", d => d.Name).Sortable("size", d => d.SizeBytes).Sortable("source", d => d.SourceId).Sortable("state", d => d.State)
        .Sortable("type", d => d.Type).Sortable("vm_id", d => d.VmId);

    /// <summary>A new empty data disk: datacenter open to the account, size, profile and quota checked.</summary>
    public async Task<Operation> CreateAsync(Tenant tenant, DiskSpec spec, CancellationToken ct = default)
    {
        if (spec.Type is not (null or "data"))
        {
            throw new InvalidArgumentError(ObjectKind.Disk, "type", $"disk type \'{spec.Type}\' cannot be created here", spec.Type);
        }

        return await mutation.RunAsync(async now =>
        {
            var datacenter = await OpenDatacenterAsync(tenant, spec.DatacenterId ?? throw new MissingArgumentError("datacenter_id", "disk_spec"), ct);
            var profile = await ProfileAsync(spec.SnapshotProfileId, ct);
            var disk = Disk.CreateData(tenant.AccountId, datacenter.Id, spec.Name ?? "", spec.SizeBytes ?? Disk.DefaultSizeBytes, profile?.Id, now);
            await QuotaCalculator.RequireAsync(db, tenant.AccountId, ResourceQuota.None with { DiskBytes = QuotaCalculator.DiskCost(disk.SizeBytes, profile) }, ct);
            return await AddAsync(tenant, disk, spec.Name, now, ct);
        }, ct);
    }

    /// <summary>
    /// A disk copied from <paramref name="sourceId"/> (an image disk, a snapshot, one of the account's disks),
    /// or with <c>type: 'snapshot'</c> a snapshot of it. Answers the <c>disk_create</c> operation.
    /// </summary>
    public async Task<Operation> CreateFromAsync(Tenant tenant, DiskSpec spec, int sourceId, CancellationToken ct = default)
    {
        if (spec.Type is not (null or "data" or "snapshot"))
        {
            throw new InvalidArgumentError(ObjectKind.Disk, "type", $"disk type \'{spec.Type}\' cannot be created here", spec.Type);
        }

        return await mutation.RunAsync(async now =>
        {
            var source = await Readable(tenant).SingleOrDefaultAsync(d => d.Id == sourceId, ct) ?? throw NotFound(sourceId);
            if (spec.DatacenterId is { } wanted && wanted != source.DatacenterId)
            {
                throw new DatacenterMismatchError(ObjectKind.Disk, "a disk copy is made in its source's datacenter");
            }

            if (spec.Type == "snapshot")
            {
                RequireOwned(tenant, source);
                return await AddAsync(tenant, Disk.CreateSnapshot(tenant.AccountId, source, spec.Name ?? "", now), spec.Name, now, ct);
            }

            await OpenDatacenterAsync(tenant, source.DatacenterId, ct);
            var profile = await ProfileAsync(spec.SnapshotProfileId, ct);
            var disk = Disk.CreateCopy(tenant.AccountId, source, spec.Name ?? "", spec.SizeBytes, profile?.Id, now);
            await QuotaCalculator.RequireAsync(db, tenant.AccountId, ResourceQuota.None with { DiskBytes = QuotaCalculator.DiskCost(disk.SizeBytes, profile) }, ct);
            return await AddAsync(tenant, disk, spec.Name, now, ct);
        }, ct);
    }

    public Task<DiskDetails> InfoAsync(Tenant tenant, int id, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.DiskInfo, tenant, id), () => LoadAsync(tenant, id, ct), ct);

    public Task<IReadOnlyList<DiskDetails>> ListAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.DiskList, tenant, request), () => LoadListAsync(tenant, request, ct), ct);

    public Task<int> CountAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.DiskCount, tenant, request),
            () => Disks.Filter(Owned(tenant).AsNoTracking(), request).CountAsync(ct), ct);

    // The hot read, compiled once: a disk the account may read (its own, or a public image disk).
    private static readonly Func<HostingDbContext, int, int, Task<Disk?>> ReadableDisk = EF.CompileAsyncQuery(
        (HostingDbContext db, int accountId, int id) => db.Disks.AsNoTracking()
            .FirstOrDefault(d => d.Id == id && (d.AccountId == accountId || d.Visibility == DiskVisibility.All)));

    private static readonly Func<HostingDbContext, int, IAsyncEnumerable<int>> SnapshotIds = EF.CompileAsyncQuery(
        (HostingDbContext db, int id) => db.Disks.AsNoTracking().Where(d => d.SourceId == id && d.Type == DiskType.Snapshot).Select(d => d.Id));

    private async Task<DiskDetails> LoadAsync(Tenant tenant, int id, CancellationToken ct)
    {
        var disk = await ReadableDisk(db, tenant.AccountId, id) ?? throw NotFound(id);
        var profile = disk.SnapshotProfileId is { } profileId ? snapshotProfiles.Find(profileId) : null;
        var snapshots = new List<int>();
        await foreach (var snapshot in SnapshotIds(db, id).WithCancellation(ct))
        {
            snapshots.Add(snapshot);
        }

        return new DiskDetails(disk, profile, snapshots);
    }

    private async Task<IReadOnlyList<DiskDetails>> LoadListAsync(Tenant tenant, ListRequest request, CancellationToken ct)
    {
        var disks = await Disks.Page(Disks.Filter(Owned(tenant).AsNoTracking(), request), request).ToListAsync(ct);
        var ids = disks.Select(d => (int?)d.Id).ToList();
        var snapshots = (await db.Disks.AsNoTracking().Where(d => d.Type == DiskType.Snapshot && ids.Contains(d.SourceId))
            .Select(d => new { d.Id, d.SourceId }).ToListAsync(ct)).ToLookup(s => s.SourceId!.Value, s => s.Id);
        return disks.Select(d => new DiskDetails(d, d.SnapshotProfileId is { } p ? snapshotProfiles.Find(p) : null, [.. snapshots[d.Id]])).ToList();
    }

    private async Task<Operation> AddAsync(Tenant tenant, Disk disk, string? name, DateTime now, CancellationToken ct)
    {
        // With its id reserved, the disk (named) and its operation go out in the change's one SaveChanges;
        // otherwise the insert tells the id, and the name is an update.
        await db.AddWithIdAsync(ids, disk, ct);
        if (string.IsNullOrEmpty(name))
        {
            disk.Rename($"disk{disk.Id}", now);
        }

        return mutation.Queue(tenant.AccountId, OperationTypes.DiskCreate, now, diskId: disk.Id);
    }

    private IQueryable<Disk> Owned(Tenant tenant) => db.Disks.Where(d => d.AccountId == tenant.AccountId);

    private IQueryable<Disk> Readable(Tenant tenant) =>
        db.Disks.Where(d => d.AccountId == tenant.AccountId || d.Visibility == DiskVisibility.All);

    private async Task<Disk> OwnedAsync(Tenant tenant, int id, CancellationToken ct) =>
        await Owned(tenant).SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw NotFound(id);

    private static void RequireOwned(Tenant tenant, Disk disk)
    {
        if (disk.AccountId != tenant.AccountId)
        {
            throw NotFound(disk.Id);
        }
    }

    private Task<Datacenter> OpenDatacenterAsync(Tenant tenant, int datacenterId, CancellationToken ct) =>
        DatacenterRules.RequireOpenAsync(db, tenant.AccountId, datacenterId, ct);

    // Snapshot profiles are seeded catalog data: read from memory, not queried.
    private Task<SnapshotProfile?> ProfileAsync(int? id, CancellationToken ct) => Task.FromResult(id is { } profileId
        ? snapshotProfiles.Find(profileId) ?? throw new NotFoundError(ObjectKind.SnapshotProfile, profileId)
        : null);


    private static CoreError NotFound(int id) => new NotFoundError(ObjectKind.Disk, id);
}

/// <summary>A disk with what its answers add: its snapshot profile and its snapshots.</summary>
public sealed record DiskDetails(Disk Disk, SnapshotProfile? Profile, IReadOnlyList<int> SnapshotIds);
