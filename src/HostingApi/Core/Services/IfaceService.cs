using HostingApi.Core.Operations;
using HostingApi.Core.Errors;
using HostingApi.Core.Domain;
using HostingApi.Core.Operations.Effects;
using HostingApi.Core.Persistence;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>What <c>hosting.iface.create</c> asks for: public (<c>ip_version</c> 4 or 6) or private (<c>vlan</c>, optional <c>ip</c>).</summary>
public sealed record IfaceSpec(int DatacenterId, int? IpVersion, double? Bandwidth, int? VlanId, string? Ip);

/// <summary><c>hosting.iface.*</c>: network interfaces and the IPs they are created with.</summary>
public sealed class IfaceService(HostingDbContext db, Mutation mutation, Reads reads, IIdReservation ids)
{
    public const double DefaultBandwidth = 102400;

    internal static readonly ListingSpec<Iface> Ifaces = new ListingSpec<Iface>(i => i.Id)
        .Int("datacenter_id", i => i.DatacenterId).NullableInt("vm_id", i => i.VmId).NullableInt("vlan", i => i.VlanId)
        .Wire("state", i => i.State).Wire("type", i => i.Type)
        .Sortable("datacenter_id", i => i.DatacenterId).Sortable("state", i => i.State).Sortable("vm_id", i => i.VmId);

    /// <summary>
    /// A new iface and its IPs (a public IPv4 iface also gets an IPv6 address), <c>being_created</c>;
    /// answers the <c>iface_create</c> operation carrying <c>iface_id</c> and the first <c>ip_id</c>.
    /// </summary>
    public async Task<Operation> CreateAsync(Tenant tenant, IfaceSpec spec, CancellationToken ct = default)
    {
        return await mutation.RunAsync(async now => await AddAsync(tenant, spec, vmId: null, now, ct), ct);
    }

    /// <summary>Adds the iface, its IPs and its operation to the current transaction (also used by VM creation).</summary>
    public async Task<Operation> AddAsync(Tenant tenant, IfaceSpec spec, int? vmId, DateTime now, CancellationToken ct)
    {
        if (!await db.Datacenters.AnyAsync(d => d.Id == spec.DatacenterId, ct))
        {
            throw new NotFoundError(ObjectKind.Datacenter, spec.DatacenterId);
        }

        var versions = spec.VlanId is not null ? [4] : (spec.IpVersion ?? 4) switch
        {
            4 => new[] { 4, 6 },
            6 => [6],
            var other => throw new InvalidArgumentError(ObjectKind.Ip, "ip_version", $"ip_version {other} is neither 4 nor 6", other.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (spec.VlanId is { } vlanId)
        {
            var vlan = await db.Vlans.SingleOrDefaultAsync(v => v.Id == vlanId && v.AccountId == tenant.AccountId, ct)
                ?? throw new NotFoundError(ObjectKind.Vlan, vlanId);
            if (vlan.DatacenterId != spec.DatacenterId)
            {
                throw new DatacenterMismatchError(ObjectKind.Iface, "an iface and its VLAN must be in the same datacenter");
            }
        }

        var bandwidth = spec.Bandwidth ?? DefaultBandwidth;
        await QuotaCalculator.RequireAsync(db, tenant.AccountId, ResourceQuota.None with { Ips = versions.Count(v => v == 4), Bandwidth = bandwidth }, ct);

        var iface = new Iface(tenant.AccountId, spec.DatacenterId, spec.VlanId is null ? IfaceType.Public : IfaceType.Private, bandwidth, spec.VlanId, now);
        if (vmId is { } vm)
        {
            iface.AttachAtCreation(vm, await db.Ifaces.CountAsync(i => i.VmId == vm, ct));
        }

        // Their ids reserved, the iface, its IPs and its operation go out in the change's one SaveChanges.
        await db.AddWithIdAsync(ids, iface, ct);
        var ips = versions.Select((version, num) => new Ip(tenant.AccountId, spec.DatacenterId, iface.Id, version, num, now)).ToList();
        foreach (var ip in ips)
        {
            await db.AddWithIdAsync(ids, ip, ct);
        }

        var operation = mutation.Queue(tenant.AccountId, OperationTypes.IfaceCreate, now, vmId: vmId);
        operation.Concern(ifaceId: iface.Id, ipId: ips[0].Id);
        if (spec.Ip is { } address)
        {
            operation.SetParam(NamedValue.Of(IfaceCreateEffect.PrivateIpParam, address));
        }

        return operation;
    }

    public async Task<Operation> DeleteAsync(Tenant tenant, int id, CancellationToken ct = default)
    {
        return await mutation.RunAsync(async now =>
        {
            var iface = await OwnedAsync(tenant, id, ct);
            iface.BeginDeletion(now);
            return mutation.Queue(tenant.AccountId, OperationTypes.IfaceDelete, now, ifaceId: iface.Id);
        }, ct);
    }

    public async Task<Operation> UpdateAsync(Tenant tenant, int id, double? bandwidth, CancellationToken ct = default)
    {
        return await mutation.RunAsync(async now =>
        {
            var iface = await OwnedAsync(tenant, id, ct);
            if (bandwidth is not { } wanted || wanted == iface.Bandwidth)
            {
                throw new NothingToChangeError(ObjectKind.Iface);
            }

            await QuotaCalculator.RequireAsync(db, tenant.AccountId, ResourceQuota.None with { Bandwidth = wanted - iface.Bandwidth }, ct);
            iface.ChangeBandwidth(wanted, now);
            return mutation.Queue(tenant.AccountId, OperationTypes.IfaceUpdate, now, vmId: iface.VmId, ifaceId: iface.Id);
        }, ct);
    }

    /// <summary>Moves a free public iface (and its IPs) to a datacenter its own can migrate to. Answers <c>hosting_migration_iface</c>.</summary>
    public async Task<Operation> MigrateAsync(Tenant tenant, int id, int targetDatacenterId, CancellationToken ct = default)
    {
        return await mutation.RunAsync(async now =>
        {
            var iface = await OwnedAsync(tenant, id, ct);
            if (iface.VmId is { } vm)
            {
                throw new AttachedError(ObjectKind.Iface, iface.Id, ObjectKind.Vm, vm);
            }

            if (iface.VlanId is not null)
            {
                throw new DatacenterMismatchError(ObjectKind.Iface, "a private iface stays in its VLAN's datacenter");
            }

            var (from, to) = await DatacenterRules.RequireMigrationAsync(db, iface.DatacenterId, targetDatacenterId, ct);

            var operation = mutation.Queue(tenant.AccountId, OperationTypes.IfaceMigration, now, ifaceId: iface.Id);
            operation.SetParam(NamedValue.Of(DiskMigrationEffect.FromParam, from.Id));
            operation.SetParam(NamedValue.Of(DiskMigrationEffect.ToParam, to.Id));
            return operation;
        }, ct);
    }

    public Task<IfaceDetails> InfoAsync(Tenant tenant, int id, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.IfaceInfo, tenant, id), async () =>
            (await DetailsAsync(await Owned(tenant).Where(i => i.Id == id).ToListAsync(ct), ct)).SingleOrDefault() ?? throw NotFound(id), ct);

    public Task<IReadOnlyList<IfaceDetails>> ListAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.IfaceList, tenant, request),
            async () => await DetailsAsync(await Ifaces.Page(Ifaces.Filter(Owned(tenant), request), request).ToListAsync(ct), ct), ct);

    public Task<int> CountAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.IfaceCount, tenant, request),
            () => Ifaces.Filter(Owned(tenant), request).CountAsync(ct), ct);

    private async Task<IReadOnlyList<IfaceDetails>> DetailsAsync(List<Iface> ifaces, CancellationToken ct)
    {
        var ids = ifaces.Select(i => (int?)i.Id).ToList();
        var ips = (await db.Ips.AsNoTracking().Where(ip => ids.Contains(ip.IfaceId)).OrderBy(ip => ip.Num).ToListAsync(ct)).ToLookup(ip => ip.IfaceId!.Value);
        var vlanIds = ifaces.Where(i => i.VlanId is not null).Select(i => i.VlanId!.Value).ToList();
        var vlans = await db.Vlans.AsNoTracking().Where(v => vlanIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        return ifaces.Select(i => new IfaceDetails(i, [.. ips[i.Id]], i.VlanId is { } v ? vlans.GetValueOrDefault(v) : null)).ToList();
    }


    private IQueryable<Iface> Owned(Tenant tenant) => db.Ifaces.AsNoTracking().Where(i => i.AccountId == tenant.AccountId);

    private async Task<Iface> OwnedAsync(Tenant tenant, int id, CancellationToken ct) =>
        await db.Ifaces.SingleOrDefaultAsync(i => i.Id == id && i.AccountId == tenant.AccountId, ct) ?? throw NotFound(id);

    private static CoreError NotFound(int id) => new NotFoundError(ObjectKind.Iface, id);
}

/// <summary>An iface with its IPs (by num) and its VLAN.</summary>
public sealed record IfaceDetails(Iface Iface, IReadOnlyList<Ip> Ips, Vlan? Vlan);
