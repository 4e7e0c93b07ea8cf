using HostingApi.Core.Domain;
using HostingApi.Core.Services;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Wire;

/// <summary>Ifaces, IPs and VLANs as Gandi answers them (libcloud's captures): bandwidth a double, ids or nil.</summary>
public static class NetworkWire
{
    /// <summary>IfaceReturn; <paramref name="withIps"/> for <c>info</c> and inside <c>hosting.vm.info</c>.</summary>
    public static XmlRpcStruct Iface(IfaceDetails details, bool withIps)
    {
        var i = details.Iface;
        var result = new XmlRpcStruct(13)
        {
            { "id", i.Id },
            { "entity_id", i.EntityId },
            { "datacenter_id", i.DatacenterId },
            { "bandwidth", i.Bandwidth },
            { "num", OperationWire.Id(i.Num) },
            { "state", WireName.Of(i.State) },
            { "type", WireName.Of(i.Type) },
            { "vlan", details.Vlan is { } vlan ? new XmlRpcStruct(2) { { "id", vlan.Id }, { "name", vlan.Name } } : XmlRpcValue.Nil },
            { "vm_id", OperationWire.Id(i.VmId) },
            { "ips_id", CatalogWire.Ints(details.Ips.Select(ip => ip.Id)) },
            { "date_created", i.DateCreated },
            { "date_updated", i.DateUpdated },
        };
        if (withIps)
        {
            result.Add("ips", new XmlRpcArray(details.Ips.Select(ip => (XmlRpcValue)Ip(new IpDetails(ip, i)))));
        }

        return result;
    }

    /// <summary>
    /// IPReturn, with the 2018 members taken from its iface: <c>bandwidth</c> (double), <c>type</c>
    /// (public or private), <c>vm_id</c> and <c>iface_num</c> (the iface's position on the VM; both nil when
    /// the iface is detached).
    /// </summary>
    public static XmlRpcStruct Ip(IpDetails details)
    {
        var (ip, iface) = details;
        return new(15)
        {
            { "id", ip.Id },
            { "entity_id", ip.EntityId },
            { "ip", ip.Address },
            { "version", ip.Version },
            { "num", OperationWire.Id(ip.Num) },
            { "reverse", ip.Reverse },
            { "state", WireName.Of(ip.State) },
            { "iface_id", OperationWire.Id(ip.IfaceId) },
            { "iface_num", OperationWire.Id(iface?.VmId is null ? null : iface.Num) },
            { "vm_id", OperationWire.Id(iface?.VmId) },
            { "bandwidth", iface?.Bandwidth ?? 0.0 },
            { "type", iface is null ? "public" : WireName.Of(iface.Type) },
            { "datacenter_id", ip.DatacenterId },
            { "date_created", ip.DateCreated },
            { "date_updated", ip.DateUpdated },
        };
    }

    /// <summary>VlanReturn: <c>list</c> carries <c>datacenter_id</c>, <c>info</c> the full <c>datacenter</c> struct.</summary>
    public static XmlRpcStruct Vlan(Vlan v, Datacenter? datacenter)
    {
        var result = new XmlRpcStruct(10)
        {
            { "id", v.Id },
            { "name", v.Name },
            { "subnet", v.Subnet },
            { "gateway", v.Gateway },
            { "state", WireName.Of(v.State) },
            { "uuid", v.Id },
            { "entity_id", v.EntityId },
        };
        result.Add(datacenter is null ? "datacenter_id" : "datacenter", datacenter is null ? v.DatacenterId : CatalogWire.Datacenter(datacenter));
        return result;
    }
}
