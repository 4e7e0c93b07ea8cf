using HostingApi.Core.Domain;
using HostingApi.Core.Services;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Wire;

/// <summary>
/// A VM as Gandi's VMReturn: <c>console</c>, <c>ai_active</c>, <c>flex_shares</c> are <c>&lt;int&gt;</c> 0/1;
/// <c>info</c> adds <c>disks</c>, <c>ifaces</c> (with their <c>ips</c>), <c>graph_urls</c>, <c>console_url</c>,
/// <c>probes</c>, <c>triggers</c> and <c>hvm_state</c>.
/// </summary>
public static class VmWire
{
    public static XmlRpcStruct ListItem(VmSummary summary) => Common(summary.Vm, summary.DiskIds, summary.IfaceIds);

    public static XmlRpcStruct Info(VmDetails details)
    {
        var vm = details.Vm;
        var result = Common(vm, details.Disks.Select(d => d.Disk.Id), details.Ifaces.Select(i => i.Iface.Id));
        result.Add("disks", new XmlRpcArray(details.Disks.Select(d => (XmlRpcValue)DiskWire.Info(d))));
        result.Add("ifaces", new XmlRpcArray(details.Ifaces.Select(i => (XmlRpcValue)NetworkWire.Iface(i, withIps: true))));
        result.Add("graph_urls", new XmlRpcStruct(3)
        {
            { "vcpu", Graph(vm, "vcpu") },
            { "vdi", Graph(vm, "vdi") },
            { "vif", Graph(vm, "vif") },
        });
        result.Add("console_url", "console.gandi.net");
        result.Add("probes", new XmlRpcArray());
        result.Add("triggers", new XmlRpcArray());
        result.Add("hvm_state", "unknown");
        return result;
    }

    private static XmlRpcStruct Common(Vm vm, IEnumerable<int> diskIds, IEnumerable<int> ifaceIds) => new(21)
    {
        { "id", vm.Id },
        { "entity_id", vm.EntityId },
        { "hostname", vm.Hostname },
        { "description", vm.Description },
        { "state", WireName.Of(vm.State) },
        { "datacenter_id", vm.DatacenterId },
        { "memory", vm.Memory },
        { "vm_max_memory", vm.VmMaxMemory },
        { "cores", vm.Cores },
        { "console", vm.Console },
        { "ai_active", vm.AiActive },
        { "flex_shares", vm.FlexShares },
        { "farm", "" },
        { "is_migrating", vm.State == VmState.BeingMigrated },
        { "disks_id", CatalogWire.Ints(diskIds) },
        { "ifaces_id", CatalogWire.Ints(ifaceIds) },
        { "date_created", vm.DateCreated },
        { "date_updated", vm.DateUpdated },
    };

    private static XmlRpcArray Graph(Vm vm, string device) => [$"https://graph.hostingapi.test/{device}/{vm.Id}.png"];
}
