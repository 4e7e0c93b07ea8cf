using HostingApi.Core.Operations;
using HostingApi.Core.Operations.Effects;
using HostingApi.Core.Errors;
using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>What <c>hosting.vm.create</c>/<c>create_from</c> ask for (Gandi's VMDescription / VMCreateFromDescription).</summary>
public sealed record VmSpec(
    int DatacenterId, string? Hostname, int? Memory, int? Cores, double? Bandwidth, int? IpVersion, int? VmMaxMemory,
    int? IfaceId, int? SysDiskId, IReadOnlyList<int>? Keys, IReadOnlyList<string>? SshKeys);

/// <summary><c>hosting.vm.*</c>: VMs, made with their system disk and first iface.</summary>
public sealed partial class VmService(HostingDbContext db, Mutation mutation, Reads reads, IfaceService ifaces, SnapshotProfiles snapshotProfiles, IIdReservation ids)
{
    public const int DefaultMemory = 512;
    public const int DefaultCores = 1;
    public const int DefaultMaxMemory = 2048;

    internal static readonly ListingSpec<Vm> Vms = new ListingSpec<Vm>(v => v.Id)
        .Text("hostname", v => v.Hostname).Pattern("~hostname", v => v.Hostname).Wire("state", v => v.State)
        .Int("datacenter_id", v => v.DatacenterId).Date("date_created", v => v.DateCreated)
        .Sortable("hostname", v => v.Hostname).Sortable("state", v => v.State).Sortable("datacenter_id", v => v.DatacenterId)
        .Sortable("date_created", v => v.DateCreated).Sortable("memory", v => v.Memory).Sortable("cores", v => v.Cores);

    /// <summary>A VM on an existing system disk (<c>sys_disk_id</c>): answers <c>[iface_create, vm_create]</c>, or only <c>[vm_create]</c> with an <c>iface_id</c>.</summary>
    public Task<IReadOnlyList<Operation>> CreateAsync(Tenant tenant, VmSpec spec, CancellationToken ct = default) =>
        mutation.RunAllAsync(async now =>
        {
            var sysDiskId = spec.SysDiskId ?? throw new MissingArgumentError("sys_disk_id", "vm_spec");
            var disk = await db.Disks.SingleOrDefaultAsync(d => d.Id == sysDiskId && d.AccountId == tenant.AccountId, ct)
                ?? throw new NotFoundError(ObjectKind.Disk, sysDiskId);
            var (vm, operations) = await AddVmAsync(tenant, spec, now, ct);
            if (disk.DatacenterId != vm.DatacenterId)
            {
                throw new DatacenterMismatchError(ObjectKind.Disk, "VM and Disk must be in the same datacenter");
            }

            disk.AttachTo(vm.Id, 0, now);
            return operations;
        }, ct);

    /// <summary>
    /// A VM with a new system disk copied from <paramref name="sourceDiskId"/> (an image's <c>disk_id</c>):
    /// answers <c>[disk_create, iface_create, vm_create]</c> (without iface_create given an <c>iface_id</c>).
    /// </summary>
    public Task<IReadOnlyList<Operation>> CreateFromAsync(Tenant tenant, VmSpec spec, DiskSpec diskSpec, int sourceDiskId, CancellationToken ct = default) =>
        mutation.RunAllAsync(async now => (await AddFromAsync(tenant, spec, diskSpec, sourceDiskId, now, ct)).Operations, ct);

    /// <summary>
    /// <see cref="CreateFromAsync"/> with more disks made with it and attached after the system disk (a
    /// provider's swap disk): each a <c>disk_create</c> of its own, all in one transaction.
    /// </summary>
    public Task<IReadOnlyList<Operation>> CreateWithDisksAsync(Tenant tenant, VmSpec spec, DiskSpec diskSpec, int sourceDiskId, IReadOnlyList<NewVmDisk> extra, CancellationToken ct = default) =>
        mutation.RunAllAsync(async now =>
        {
            var (vm, operations) = await AddFromAsync(tenant, spec, diskSpec, sourceDiskId, now, ct);
            var all = operations.ToList();
            var position = 1;
            foreach (var wanted in extra)
            {
                var disk = Disk.CreateData(tenant.AccountId, vm.DatacenterId, "", wanted.SizeBytes, null, now);
                await QuotaCalculator.RequireAsync(db, tenant.AccountId, ResourceQuota.None with { DiskBytes = wanted.SizeBytes }, ct);
                disk.AttachAtCreation(vm.Id, position++);
                await db.AddWithIdAsync(ids, disk, ct);
                disk.Rename($"{(wanted.IsSwap ? "swap" : "data")}_{vm.Hostname}", now);
                if (wanted.IsSwap)
                {
                    db.DiskSettings.Add(DiskSettings.Swap(disk.Id, tenant.AccountId));
                }

                all.Add(mutation.Queue(tenant.AccountId, OperationTypes.DiskCreate, now, vmId: vm.Id, diskId: disk.Id));

                // The next disk's quota check reads the totals the store keeps: this one must be in them.
                await db.SaveChangesAsync(ct);
            }

            return (IReadOnlyList<Operation>)all;
        }, ct);

    /// <summary>
    /// Deletes a VM whether it runs or not, with every disk attached to it (a provider that deletes a VM's
    /// disks with it): <c>vm_delete</c> with the <see cref="VmDeleteEffect.WithDisksParam"/> flag.
    /// </summary>
    public async Task<Operation> DeleteWithDisksAsync(Tenant tenant, int id, CancellationToken ct = default) =>
        await mutation.RunAsync(async now =>
        {
            var vm = await ReadyAsync(tenant, id, ct);
            vm.BeginDeletionEvenRunning(now);
            var operation = mutation.Queue(tenant.AccountId, OperationTypes.VmDelete, now, vmId: vm.Id);
            operation.SetParam(NamedValue.Of(VmDeleteEffect.WithDisksParam, true));
            return operation;
        }, ct);

    // The VM, its system disk copied from the source, and their operations (disk_create first).
    private async Task<(Vm Vm, IReadOnlyList<Operation> Operations)> AddFromAsync(Tenant tenant, VmSpec spec, DiskSpec diskSpec, int sourceDiskId, DateTime now, CancellationToken ct)
    {
        var source = await db.Disks.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == sourceDiskId && (d.AccountId == tenant.AccountId || d.Visibility == DiskVisibility.All), ct)
            ?? throw new NotFoundError(ObjectKind.Disk, sourceDiskId);
        if (source.DatacenterId != spec.DatacenterId)
        {
            throw new DatacenterMismatchError(ObjectKind.Disk, "VM and Disk must be in the same datacenter");
        }

        var (vm, operations) = await AddVmAsync(tenant, spec, now, ct);
        var profile = diskSpec.SnapshotProfileId is { } p
            ? snapshotProfiles.Find(p) ?? throw new NotFoundError(ObjectKind.SnapshotProfile, p)
            : null;
        var disk = Disk.CreateCopy(tenant.AccountId, source, diskSpec.Name ?? "", diskSpec.SizeBytes, profile?.Id, now);
        await QuotaCalculator.RequireAsync(db, tenant.AccountId, new ResourceQuota(0, 0, 0, 0, QuotaCalculator.DiskCost(disk.SizeBytes, profile), 0), ct);
        disk.AttachAtCreation(vm.Id, 0);
        await db.AddWithIdAsync(ids, disk, ct);
        if (string.IsNullOrEmpty(diskSpec.Name))
        {
            disk.Rename($"sys_{vm.Hostname}", now);
        }

        return (vm, [mutation.Queue(tenant.AccountId, OperationTypes.DiskCreate, now, vmId: vm.Id, diskId: disk.Id), .. operations]);
    }

    public Task<VmDetails> InfoAsync(Tenant tenant, int id, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.VmInfo, tenant, id), async () =>
        {
            var vm = await Owned(tenant).SingleOrDefaultAsync(v => v.Id == id, ct) ?? throw NotFound(id);
            var disks = await db.Disks.AsNoTracking().Where(d => d.VmId == id).OrderBy(d => d.Position).ToListAsync(ct);
            var ifaceList = await ifaces.ListAsync(tenant, new ListRequest([new("vm_id", (long)id)], int.MaxValue), ct);
            return new VmDetails(vm,
                disks.Select(d => new DiskDetails(d, d.SnapshotProfileId is { } p ? snapshotProfiles.Find(p) : null, [])).ToList(),
                ifaceList.OrderBy(i => i.Iface.Num).ToList());
        }, ct);

    public Task<IReadOnlyList<VmSummary>> ListAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.VmList, tenant, request), async () =>
        {
            var vms = await Vms.Page(Vms.Filter(Owned(tenant), request), request).ToListAsync(ct);
            var ids = vms.Select(v => (int?)v.Id).ToList();
            var disks = (await db.Disks.AsNoTracking().Where(d => ids.Contains(d.VmId)).OrderBy(d => d.Position).Select(d => new { d.Id, d.VmId }).ToListAsync(ct))
                .ToLookup(d => d.VmId!.Value, d => d.Id);
            var attached = (await db.Ifaces.AsNoTracking().Where(i => ids.Contains(i.VmId)).OrderBy(i => i.Num).Select(i => new { i.Id, i.VmId }).ToListAsync(ct))
                .ToLookup(i => i.VmId!.Value, i => i.Id);
            return (IReadOnlyList<VmSummary>)vms.Select(v => new VmSummary(v, [.. disks[v.Id]], [.. attached[v.Id]])).ToList();
        }, ct);

    /// <summary>Every VM of the account by id, as it is now, without making the queue current: what an inspector sees.</summary>
    public Task<List<Vm>> PeekAllAsync(Tenant tenant, CancellationToken ct = default) => Owned(tenant).OrderBy(v => v.Id).ToListAsync(ct);

    public Task<int> CountAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.VmCount, tenant, request),
            () => Vms.Filter(Owned(tenant), request).CountAsync(ct), ct);

    // The VM (being_created), its first iface (new, or the one given) and its operations, minus the system disk.
    private async Task<(Vm Vm, IReadOnlyList<Operation> Operations)> AddVmAsync(Tenant tenant, VmSpec spec, DateTime now, CancellationToken ct)
    {
        var datacenter = await DatacenterRules.RequireOpenAsync(db, tenant.AccountId, spec.DatacenterId, ct);

        var memory = spec.Memory ?? DefaultMemory;
        var cores = spec.Cores ?? DefaultCores;
        var maxMemory = spec.VmMaxMemory ?? Math.Max(DefaultMaxMemory, memory);
        Vm.RequireValidMemory(memory);
        Vm.RequireValidMemory(maxMemory);
        if (memory > maxMemory)
        {
            throw new InvalidArgumentError(ObjectKind.Vm, "memory", $"memory {memory} MB is above vm_max_memory {maxMemory} MB");
        }

        await RequireKeysAsync(tenant, spec, ct);
        await QuotaCalculator.RequireAsync(db, tenant.AccountId, new ResourceQuota(1, 0, cores, memory, 0, 0), ct);

        // Its id reserved, the VM, its iface, IP, system disk and operations go out in the change's one SaveChanges.
        var vm = new Vm(tenant.AccountId, datacenter.Id, spec.Hostname ?? "", cores, memory, maxMemory, now);
        await db.AddWithIdAsync(ids, vm, ct);
        if (string.IsNullOrEmpty(spec.Hostname))
        {
            vm.Rename($"vm{vm.Id}");
        }

        var created = new List<Operation>();
        if (spec.IfaceId is { } ifaceId)
        {
            var iface = await db.Ifaces.SingleOrDefaultAsync(i => i.Id == ifaceId && i.AccountId == tenant.AccountId, ct)
                ?? throw new NotFoundError(ObjectKind.Iface, ifaceId);
            if (iface.DatacenterId != vm.DatacenterId)
            {
                throw new DatacenterMismatchError(ObjectKind.Iface, "VM and Iface must be in the same datacenter");
            }

            iface.Attach(vm.Id, 0, now);
        }
        else
        {
            created.Add(await ifaces.AddAsync(tenant, new IfaceSpec(datacenter.Id, spec.IpVersion, spec.Bandwidth, null, null), vm.Id, now, ct));
        }

        created.Add(mutation.Queue(tenant.AccountId, OperationTypes.VmCreate, now, vmId: vm.Id));
        return (vm, created);
    }

    private async Task RequireKeysAsync(Tenant tenant, VmSpec spec, CancellationToken ct)
    {
        foreach (var key in spec.SshKeys ?? [])
        {
            SshFingerprint.Of(key);
        }

        foreach (var id in spec.Keys ?? [])
        {
            if (!await db.SshKeys.AnyAsync(k => k.Id == id && k.AccountId == tenant.AccountId, ct))
            {
                throw new NotFoundError(ObjectKind.SshKey, id);
            }
        }
    }


    private IQueryable<Vm> Owned(Tenant tenant) => db.Vms.AsNoTracking().Where(v => v.AccountId == tenant.AccountId);

    private static CoreError NotFound(int id) => new NotFoundError(ObjectKind.Vm, id);
}

/// <summary>A VM with what <c>info</c> adds: its disks (by position) and its ifaces with their IPs (by num).</summary>
public sealed record VmDetails(Vm Vm, IReadOnlyList<DiskDetails> Disks, IReadOnlyList<IfaceDetails> Ifaces);

/// <summary>A VM as <c>list</c> shows it: with the ids of its disks and ifaces.</summary>
public sealed record VmSummary(Vm Vm, IReadOnlyList<int> DiskIds, IReadOnlyList<int> IfaceIds);
