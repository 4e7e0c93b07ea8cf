using HostingApi.Core.Domain;
using HostingApi.Core.Services;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Dialects.Gandi.Rpc.Binding;
using HostingApi.Dialects.Gandi.Wire;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.V3;

/// <summary><c>hosting.iface.*</c>, <c>hosting.ip.*</c> and <c>hosting.vlan.*</c> (Gandi documents VLANs on the iface page).</summary>
public sealed class NetworkMethods : IRpcMethodFamily
{
    public void Register(RpcMethodRegistryBuilder methods) => methods
        .Add("hosting.iface.count", (Tenant t, IfaceService s, ListRequest? opts = null) => Count(s.CountAsync(t, opts ?? ListRequest.Empty)), "int",
            "Counts the account's ifaces; filters: id, datacenter_id, vm_id, vlan, state, type.")
        .Add("hosting.iface.create", async (Tenant t, IfaceService s, IfaceDescription ifaceSpec) => Op(await s.CreateAsync(t, ifaceSpec.ToSpec()), t), "struct",
            "Creates an iface: public ({'datacenter_id', 'ip_version': 4|6, 'bandwidth'}; a v4 iface also gets a v6 address) or private ({'datacenter_id', 'vlan', 'ip'}). Answers iface_create with iface_id and ip_id.")
        .Add("hosting.iface.delete", async (Tenant t, IfaceService s, int ifaceId) => Op(await s.DeleteAsync(t, ifaceId), t), "struct",
            "Deletes a free iface and its IPs. Answers iface_delete.")
        .Add("hosting.iface.info", async (Tenant t, IfaceService s, int ifaceId) => (XmlRpcValue)NetworkWire.Iface(await s.InfoAsync(t, ifaceId), withIps: true), "struct",
            "Describes an iface, with its IPs.")
        .Add("hosting.iface.list", async (Tenant t, IfaceService s, ListRequest? opts = null) =>
                (XmlRpcValue)new XmlRpcArray((await s.ListAsync(t, opts ?? ListRequest.Empty)).Select(i => (XmlRpcValue)NetworkWire.Iface(i, withIps: false))), "array",
            "Lists the account's ifaces; filters: id, datacenter_id, vm_id, vlan, state, type.")
        .Add("hosting.iface.migrate", async (Tenant t, IfaceService s, int ifaceId, int targetDc) => Op(await s.MigrateAsync(t, ifaceId, targetDc), t), "struct",
            "Migrates a free public iface and its IPs to a datacenter its own can migrate to. Answers hosting_migration_iface.")
        .Add("hosting.iface.update", async (Tenant t, IfaceService s, int ifaceId, IfaceUpdate ifaceSpec) => Op(await s.UpdateAsync(t, ifaceId, ifaceSpec.Bandwidth), t), "struct",
            "Changes an iface's bandwidth. Answers iface_update.")
        .Add("hosting.ip.count", (Tenant t, IpService s, ListRequest? opts = null) => Count(s.CountAsync(t, opts ?? ListRequest.Empty)), "int",
            "Counts the account's IPs; filters: id, datacenter_id, iface_id, ip, num, reverse, state, version, vm_hostname, ~vm_hostname.")
        .Add("hosting.ip.info", async (Tenant t, IpService s, int ipId) => (XmlRpcValue)NetworkWire.Ip(await s.InfoAsync(t, ipId)), "struct", "Describes an IP.")
        .Add("hosting.ip.list", async (Tenant t, IpService s, ListRequest? opts = null) =>
                (XmlRpcValue)new XmlRpcArray((await s.ListAsync(t, opts ?? ListRequest.Empty)).Select(ip => (XmlRpcValue)NetworkWire.Ip(ip))), "array",
            "Lists the account's IPs; filters: id, datacenter_id, iface_id, ip, num, reverse, state, version, vm_hostname, ~vm_hostname.")
        .Add("hosting.ip.update", async (Tenant t, IpService s, int ipId, IpUpdate ipSpec) => Op(await s.UpdateAsync(t, ipId, ipSpec.Reverse), t), "struct",
            "Sets an IP's reverse ({'reverse': name}). Answers ip_update.")
        .Add("hosting.vlan.count", (Tenant t, VlanService s, ListRequest? opts = null) => Count(s.CountAsync(t, opts ?? ListRequest.Empty)), "int",
            "Counts the account's VLANs; filters: id, name, datacenter_id, state.")
        .Add("hosting.vlan.create", async (Tenant t, VlanService s, VlanDescription vlanSpec) =>
                Op(await s.CreateAsync(t, vlanSpec.Name, vlanSpec.DatacenterId, vlanSpec.Subnet, vlanSpec.Gateway), t), "struct",
            "Creates a private VLAN (name unique); the finished operation's params.vlan_id is its id.")
        .Add("hosting.vlan.delete", async (Tenant t, VlanService s, int vlanId) => Op(await s.DeleteAsync(t, vlanId), t), "struct",
            "Deletes a VLAN no iface uses. Answers vlan_delete.")
        .Add("hosting.vlan.info", async (Tenant t, VlanService s, int vlanId) =>
            {
                var (vlan, datacenter) = await s.InfoAsync(t, vlanId);
                return (XmlRpcValue)NetworkWire.Vlan(vlan, datacenter);
            }, "struct", "Describes a VLAN, with its datacenter.")
        .Add("hosting.vlan.list", async (Tenant t, VlanService s, ListRequest? opts = null) =>
                (XmlRpcValue)new XmlRpcArray((await s.ListAsync(t, opts ?? ListRequest.Empty)).Select(v => (XmlRpcValue)NetworkWire.Vlan(v, null))), "array",
            "Lists the account's VLANs; filters: id, name, datacenter_id, state.")
        .Add("hosting.vlan.update", async (Tenant t, VlanService s, int vlanId, VlanUpdate vlanSpec) => Op(await s.UpdateAsync(t, vlanId, vlanSpec.Name, vlanSpec.Gateway), t), "struct",
            "Renames a VLAN or sets its gateway. Answers vlan_update.")
        .Alias("iface.count", "hosting.iface.count").Alias("iface.create", "hosting.iface.create").Alias("iface.delete", "hosting.iface.delete")
        .Alias("iface.info", "hosting.iface.info").Alias("iface.list", "hosting.iface.list").Alias("iface.update", "hosting.iface.update")
        .Alias("iface.migrate", "hosting.iface.migrate");

    private static XmlRpcValue Op(Operation operation, Tenant tenant) => OperationWire.ToStruct(operation, tenant.Handle);

    private static async Task<XmlRpcValue> Count(Task<int> count) => await count;
}

/// <summary>What <c>hosting.iface.create</c> accepts (ip_version as an int or a string: PHP scripts send '4').</summary>
[RpcStruct]
public sealed class IfaceDescription
{
    public required int DatacenterId { get; set; }

    public int? IpVersion { get; set; }

    public double? Bandwidth { get; set; }

    public int? Vlan { get; set; }

    public string? Ip { get; set; }

    public IfaceSpec ToSpec() => new(DatacenterId, IpVersion, Bandwidth, Vlan, Ip);
}

[RpcStruct]
public sealed class IfaceUpdate
{
    public double? Bandwidth { get; set; }
}

[RpcStruct]
public sealed class IpUpdate
{
    public string? Reverse { get; set; }
}

/// <summary>What <c>hosting.vlan.create</c> accepts.</summary>
[RpcStruct]
public sealed class VlanDescription
{
    public required string Name { get; set; }

    public required int DatacenterId { get; set; }

    public string? Subnet { get; set; }

    public string? Gateway { get; set; }
}

[RpcStruct]
public sealed class VlanUpdate
{
    public string? Name { get; set; }

    public string? Gateway { get; set; }
}
