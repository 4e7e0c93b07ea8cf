using HostingApi.Core.Operations;
using HostingApi.Core.Errors;
using HostingApi.Core.Domain;
using HostingApi.Core.Operations.Effects;
using HostingApi.Core.Persistence;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary><c>hosting.vlan.*</c>: private VLANs, their names unique per account.</summary>
public sealed class VlanService(HostingDbContext db, Mutation mutation, Reads reads)
{
    public const string DefaultSubnet = "192.168.0.0/24";

    internal static readonly ListingSpec<Vlan> Vlans = new ListingSpec<Vlan>(v => v.Id)
        .Text("name", v => v.Name).Int("datacenter_id", v => v.DatacenterId).Wire("state", v => v.State)
        .Sortable("name", v => v.Name).Sortable("datacenter_id", v => v.DatacenterId);

    public async Task<Operation> CreateAsync(Tenant tenant, string name, int datacenterId, string? subnet, string? gateway, CancellationToken ct = default)
    {
        return await mutation.RunAsync(async now =>
        {
            if (!await db.Datacenters.AnyAsync(d => d.Id == datacenterId, ct))
            {
                throw new NotFoundError(ObjectKind.Datacenter, datacenterId);
            }

            if (await db.Vlans.AnyAsync(v => v.AccountId == tenant.AccountId && v.Name == name, ct))
            {
                throw new AlreadyExistsError(ObjectKind.Vlan, "name", name);
            }

            var vlan = new Vlan(tenant.AccountId, datacenterId, name, subnet ?? DefaultSubnet, gateway, now);
            db.Vlans.Add(vlan);
            await db.SaveChangesAsync(ct);
            var operation = mutation.Queue(tenant.AccountId, OperationTypes.VlanCreate, now);
            operation.SetParam(NamedValue.Of("name", name));
            operation.SetParam(NamedValue.Of("subnet", vlan.Subnet));
            operation.SetParam(NamedValue.Of("datacenter_id", datacenterId));
            operation.SetParam(NamedValue.Of(VlanCreateEffect.VlanIdParam, vlan.Id));
            Trace(operation, tenant);
            return operation;
        }, ct);
    }

    public async Task<Operation> DeleteAsync(Tenant tenant, int id, CancellationToken ct = default)
    {
        return await mutation.RunAsync(async now =>
        {
            var vlan = await OwnedAsync(tenant, id, ct);
            if (await db.Ifaces.AnyAsync(i => i.VlanId == vlan.Id, ct))
            {
                throw new AttachedError(ObjectKind.Vlan, vlan.Id, ObjectKind.Iface);
            }

            var operation = mutation.Queue(tenant.AccountId, OperationTypes.VlanDelete, now);
            var datacenter = await db.Datacenters.AsNoTracking().SingleAsync(d => d.Id == vlan.DatacenterId, ct);
            operation.SetParam(NamedValue.Of("datacenter_id", datacenter.Id));
            operation.SetParam(NamedValue.Of("dc_code", datacenter.DcCode));
            operation.SetParam(NamedValue.Of(VlanCreateEffect.VlanIdParam, vlan.Id));
            Trace(operation, tenant);
            return operation;
        }, ct);
    }

    public async Task<Operation> UpdateAsync(Tenant tenant, int id, string? name, string? gateway, CancellationToken ct = default)
    {
        return await mutation.RunAsync(async now =>
        {
            var vlan = await OwnedAsync(tenant, id, ct);
            if ((name is null || name == vlan.Name) && (gateway is null || gateway == vlan.Gateway))
            {
                throw new NothingToChangeError(ObjectKind.Vlan);
            }

            if (name is not null && name != vlan.Name && await db.Vlans.AnyAsync(v => v.AccountId == tenant.AccountId && v.Name == name, ct))
            {
                throw new AlreadyExistsError(ObjectKind.Vlan, "name", name);
            }

            vlan.Update(name, gateway, now);
            var operation = mutation.Queue(tenant.AccountId, OperationTypes.VlanUpdate, now);
            operation.SetParam(NamedValue.Of(VlanCreateEffect.VlanIdParam, vlan.Id));
            Trace(operation, tenant);
            return operation;
        }, ct);
    }

    // The request's trace Gandi's VLAN operations carried in their params (2018 captures); the
    // emulator's values: no real environment, caller address or contact behind them (docs/api-notes.md).
    private static void Trace(Operation operation, Tenant tenant)
    {
        operation.SetParam(NamedValue.Of("env", "hostingapi"));
        operation.SetParam(NamedValue.Of("remote_addr", "127.0.0.1"));
        operation.SetParam(NamedValue.Of("tracker_id", Guid.NewGuid().ToString()));
        operation.SetParam(NamedValue.Of("_contact_id", tenant.AccountId));
    }

    public Task<(Vlan Vlan, Datacenter Datacenter)> InfoAsync(Tenant tenant, int id, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.VlanInfo, tenant, id), async () =>
        {
            var vlan = await Owned(tenant).SingleOrDefaultAsync(v => v.Id == id, ct) ?? throw NotFound(id);
            return (vlan, await db.Datacenters.AsNoTracking().SingleAsync(d => d.Id == vlan.DatacenterId, ct));
        }, ct);

    public Task<List<Vlan>> ListAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.VlanList, tenant, request),
            () => Vlans.Page(Vlans.Filter(Owned(tenant), request), request).ToListAsync(ct), ct);

    public Task<int> CountAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.VlanCount, tenant, request),
            () => Vlans.Filter(Owned(tenant), request).CountAsync(ct), ct);

    private IQueryable<Vlan> Owned(Tenant tenant) => db.Vlans.AsNoTracking().Where(v => v.AccountId == tenant.AccountId);

    private async Task<Vlan> OwnedAsync(Tenant tenant, int id, CancellationToken ct) =>
        await db.Vlans.SingleOrDefaultAsync(v => v.Id == id && v.AccountId == tenant.AccountId, ct) ?? throw NotFound(id);

    private static CoreError NotFound(int id) => new NotFoundError(ObjectKind.Vlan, id);
}
