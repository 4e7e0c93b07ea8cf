using HostingApi.Core.Operations;
using HostingApi.Core.Errors;
using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary><c>hosting.ip.*</c>: IPs live and die with their iface; only their reverse can change.</summary>
public sealed class IpService(HostingDbContext db, Mutation mutation, Reads reads)
{
    internal static readonly ListingSpec<Ip> Ips = new ListingSpec<Ip>(i => i.Id)
        .Int("datacenter_id", i => i.DatacenterId).NullableInt("iface_id", i => i.IfaceId).NullableInt("num", i => i.Num)
        .Text("ip", i => i.Address!).Text("reverse", i => i.Reverse).Wire("state", i => i.State).Int("version", i => i.Version)
        .Sortable("datacenter_id", i => i.DatacenterId).Sortable("iface_id", i => i.IfaceId).Sortable("ip", i => i.Address)
        .Sortable("num", i => i.Num).Sortable("reverse", i => i.Reverse).Sortable("state", i => i.State).Sortable("version", i => i.Version);

    public Task<IpDetails> InfoAsync(Tenant tenant, int id, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.IpInfo, tenant, id),
            async () => (await DetailsAsync([await Owned(tenant).SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw NotFound(id)], ct))[0], ct);

    public Task<List<IpDetails>> ListAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.IpList, tenant, request), async () =>
        {
            var resolved = await ResolveHostnamesAsync(tenant, request, ct);
            return await DetailsAsync(await Ips.Page(Ips.Filter(Owned(tenant), resolved), resolved).ToListAsync(ct), ct);
        }, ct);

    // Each IP with its iface (bandwidth, type, VM and position show on the IP), by one query.
    private async Task<List<IpDetails>> DetailsAsync(List<Ip> ips, CancellationToken ct)
    {
        var ifaceIds = ips.Where(ip => ip.IfaceId is not null).Select(ip => ip.IfaceId!.Value).Distinct().ToList();
        var ifaces = await db.Ifaces.AsNoTracking().Where(i => ifaceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        return [.. ips.Select(ip => new IpDetails(ip, ip.IfaceId is { } id ? ifaces.GetValueOrDefault(id) : null))];
    }

    public Task<int> CountAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.IpCount, tenant, request),
            async () => await Ips.Filter(Owned(tenant), await ResolveHostnamesAsync(tenant, request, ct)).CountAsync(ct), ct);

    // vm_hostname / ~vm_hostname filter on the VM an IP's iface is attached to: turned into an iface_id
    // filter (ANDed with any other), by one query for the matching VMs' ifaces.
    private async Task<ListRequest> ResolveHostnamesAsync(Tenant tenant, ListRequest request, CancellationToken ct)
    {
        if (!request.Filters.Any(f => f.Key is "vm_hostname" or "~vm_hostname"))
        {
            return request;
        }

        var vms = db.Vms.AsNoTracking().Where(v => v.AccountId == tenant.AccountId);
        var filters = new List<KeyValuePair<string, object?>>();
        foreach (var (key, value) in request.Filters)
        {
            if (key is not ("vm_hostname" or "~vm_hostname"))
            {
                filters.Add(new(key, value));
                continue;
            }

            var hostname = value as string ?? throw new InvalidArgumentError(ObjectKind.Listing, "options", $"filter '{key}' expects a string");
            vms = key == "vm_hostname" ? vms.Where(v => v.Hostname == hostname) : vms.Where(v => EF.Functions.Like(v.Hostname, hostname));
        }

        var vmIds = vms.Select(v => (int?)v.Id);
        var ifaceIds = await db.Ifaces.AsNoTracking().Where(i => vmIds.Contains(i.VmId)).Select(i => (object?)(long)i.Id).ToListAsync(ct);
        filters.Add(new("iface_id", ifaceIds));
        return request with { Filters = filters };
    }

    /// <summary>Sets the reverse DNS name at once; answers the <c>ip_update</c> operation.</summary>
    public async Task<Operation> UpdateAsync(Tenant tenant, int id, string? reverse, CancellationToken ct = default)
    {
        return await mutation.RunAsync(async now =>
        {
            var ip = await db.Ips.SingleOrDefaultAsync(i => i.Id == id && i.AccountId == tenant.AccountId, ct) ?? throw NotFound(id);
            if (reverse is null || reverse == ip.Reverse)
            {
                throw new NothingToChangeError(ObjectKind.Ip);
            }

            ip.ChangeReverse(reverse, now);
            return mutation.Queue(tenant.AccountId, OperationTypes.IpUpdate, now, ifaceId: ip.IfaceId, ipId: ip.Id);
        }, ct);
    }

    private IQueryable<Ip> Owned(Tenant tenant) => db.Ips.AsNoTracking().Where(i => i.AccountId == tenant.AccountId);

    private static CoreError NotFound(int id) => new NotFoundError(ObjectKind.Ip, id);
}

/// <summary>An IP with its iface (null once detached from any).</summary>
public sealed record IpDetails(Ip Ip, Iface? Iface);
