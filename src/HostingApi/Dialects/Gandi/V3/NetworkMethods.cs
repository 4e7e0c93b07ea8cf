using HostingApi.Core.Services;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Dialects.Gandi.Wire;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.V3;

/// <summary><c>hosting.iface.*</c>, <c>hosting.ip.*</c> and <c>hosting.vlan.*</c> (Gandi documents VLANs on the iface page).</summary>
public sealed class NetworkMethods : IRpcMethodFamily
{
    // IpService resolves these two into an iface_id filter before its listing sees them.
    private static readonly string[] IpHostnameFilters = ["vm_hostname", "~vm_hostname"];

    public void Register(RpcMethodRegistryBuilder methods) => methods
        .Add("hosting.iface.count", CountIfacesAsync, "int", ListingHelp.Count("the account's ifaces", IfaceService.Ifaces))
        .Add("hosting.iface.create", CreateIfaceAsync, "struct",
            "Creates an iface: public ({'datacenter_id', 'ip_version': 4|6, 'bandwidth'}; a v4 iface also gets a v6 address) or private ({'datacenter_id', 'vlan', 'ip'}). Answers iface_create with iface_id and ip_id.")
        .Add("hosting.iface.delete", DeleteIfaceAsync, "struct", "Deletes a free iface and its IPs. Answers iface_delete.")
        .Add("hosting.iface.info", IfaceInfoAsync, "struct", "Describes an iface, with its IPs.")
        .Add("hosting.iface.list", ListIfacesAsync, "array", ListingHelp.List("the account's ifaces", IfaceService.Ifaces))
        .Add("hosting.iface.migrate", MigrateIfaceAsync, "struct",
            "Migrates a free public iface and its IPs to a datacenter its own can migrate to. Answers hosting_migration_iface.")
        .Add("hosting.iface.update", UpdateIfaceAsync, "struct", "Changes an iface's bandwidth. Answers iface_update.")
        .Add("hosting.ip.count", CountIpsAsync, "int", ListingHelp.Count("the account's IPs", IpService.Ips, IpHostnameFilters))
        .Add("hosting.ip.info", IpInfoAsync, "struct", "Describes an IP.")
        .Add("hosting.ip.list", ListIpsAsync, "array", ListingHelp.List("the account's IPs", IpService.Ips, IpHostnameFilters))
        .Add("hosting.ip.update", UpdateIpAsync, "struct", "Sets an IP's reverse ({'reverse': name}). Answers ip_update.")
        .Add("hosting.vlan.count", CountVlansAsync, "int", ListingHelp.Count("the account's VLANs", VlanService.Vlans))
        .Add("hosting.vlan.create", CreateVlanAsync, "struct", "Creates a private VLAN (name unique); the finished operation's params.vlan_id is its id.")
        .Add("hosting.vlan.delete", DeleteVlanAsync, "struct", "Deletes a VLAN no iface uses. Answers vlan_delete.")
        .Add("hosting.vlan.info", VlanInfoAsync, "struct", "Describes a VLAN, with its datacenter.")
        .Add("hosting.vlan.list", ListVlansAsync, "array", ListingHelp.List("the account's VLANs", VlanService.Vlans))
        .Add("hosting.vlan.update", UpdateVlanAsync, "struct", "Renames a VLAN or sets its gateway. Answers vlan_update.")
        .Alias("iface.count", "hosting.iface.count").Alias("iface.create", "hosting.iface.create").Alias("iface.delete", "hosting.iface.delete")
        .Alias("iface.info", "hosting.iface.info").Alias("iface.list", "hosting.iface.list").Alias("iface.update", "hosting.iface.update")
        .Alias("iface.migrate", "hosting.iface.migrate");

    private static async Task<XmlRpcValue> CountIfacesAsync(Tenant tenant, IfaceService ifaces, ListRequest? opts = null) =>
        await ifaces.CountAsync(tenant, opts ?? ListRequest.Empty);

    private static async Task<XmlRpcValue> CreateIfaceAsync(Tenant tenant, IfaceService ifaces, IfaceDescription ifaceSpec) =>
        OperationWire.Op(await ifaces.CreateAsync(tenant, ifaceSpec.ToSpec()), tenant);

    private static async Task<XmlRpcValue> DeleteIfaceAsync(Tenant tenant, IfaceService ifaces, int ifaceId) =>
        OperationWire.Op(await ifaces.DeleteAsync(tenant, ifaceId), tenant);

    private static async Task<XmlRpcValue> IfaceInfoAsync(Tenant tenant, IfaceService ifaces, int ifaceId) =>
        NetworkWire.Iface(await ifaces.InfoAsync(tenant, ifaceId), withIps: true);

    private static async Task<XmlRpcValue> ListIfacesAsync(Tenant tenant, IfaceService ifaces, ListRequest? opts = null) =>
        new XmlRpcArray((await ifaces.ListAsync(tenant, opts ?? ListRequest.Empty)).Select(i => (XmlRpcValue)NetworkWire.Iface(i, withIps: false)));

    private static async Task<XmlRpcValue> MigrateIfaceAsync(Tenant tenant, IfaceService ifaces, int ifaceId, int targetDc) =>
        OperationWire.Op(await ifaces.MigrateAsync(tenant, ifaceId, targetDc), tenant);

    private static async Task<XmlRpcValue> UpdateIfaceAsync(Tenant tenant, IfaceService ifaces, int ifaceId, IfaceUpdate ifaceSpec) =>
        OperationWire.Op(await ifaces.UpdateAsync(tenant, ifaceId, ifaceSpec.Bandwidth), tenant);

    private static async Task<XmlRpcValue> CountIpsAsync(Tenant tenant, IpService ips, ListRequest? opts = null) =>
        await ips.CountAsync(tenant, opts ?? ListRequest.Empty);

    private static async Task<XmlRpcValue> IpInfoAsync(Tenant tenant, IpService ips, int ipId) =>
        NetworkWire.Ip(await ips.InfoAsync(tenant, ipId));

    private static async Task<XmlRpcValue> ListIpsAsync(Tenant tenant, IpService ips, ListRequest? opts = null) =>
        new XmlRpcArray((await ips.ListAsync(tenant, opts ?? ListRequest.Empty)).Select(ip => (XmlRpcValue)NetworkWire.Ip(ip)));

    private static async Task<XmlRpcValue> UpdateIpAsync(Tenant tenant, IpService ips, int ipId, IpUpdate ipSpec) =>
        OperationWire.Op(await ips.UpdateAsync(tenant, ipId, ipSpec.Reverse), tenant);

    private static async Task<XmlRpcValue> CountVlansAsync(Tenant tenant, VlanService vlans, ListRequest? opts = null) =>
        await vlans.CountAsync(tenant, opts ?? ListRequest.Empty);

    private static async Task<XmlRpcValue> CreateVlanAsync(Tenant tenant, VlanService vlans, VlanDescription vlanSpec) =>
        OperationWire.Op(await vlans.CreateAsync(tenant, vlanSpec.Name, vlanSpec.DatacenterId, vlanSpec.Subnet, vlanSpec.Gateway), tenant);

    private static async Task<XmlRpcValue> DeleteVlanAsync(Tenant tenant, VlanService vlans, int vlanId) =>
        OperationWire.Op(await vlans.DeleteAsync(tenant, vlanId), tenant);

    private static async Task<XmlRpcValue> VlanInfoAsync(Tenant tenant, VlanService vlans, int vlanId)
    {
        var (vlan, datacenter) = await vlans.InfoAsync(tenant, vlanId);
        return NetworkWire.Vlan(vlan, datacenter);
    }

    private static async Task<XmlRpcValue> ListVlansAsync(Tenant tenant, VlanService vlans, ListRequest? opts = null) =>
        new XmlRpcArray((await vlans.ListAsync(tenant, opts ?? ListRequest.Empty)).Select(v => (XmlRpcValue)NetworkWire.Vlan(v, null)));

    private static async Task<XmlRpcValue> UpdateVlanAsync(Tenant tenant, VlanService vlans, int vlanId, VlanUpdate vlanSpec) =>
        OperationWire.Op(await vlans.UpdateAsync(tenant, vlanId, vlanSpec.Name, vlanSpec.Gateway), tenant);
}
