using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Rpc;

/// <summary>The members Gandi answered in 2018 captures: entity ids, the IP's iface figures, image system/version, operation trace.</summary>
public class WireMembers2018Tests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    private const string Key = HostingApiFactory.DefaultKey;

    private static Dictionary<string, object?> Spec(params (string Key, object? Value)[] members) =>
        members.ToDictionary(m => m.Key, m => m.Value);

    [Fact]
    public async Task Vm_Ifaces_AndIps_CarryEntityIds_AndTheIpsIfaceFigures()
    {
        var ops = (await server.CallAsync("hosting.vm.create_from", Key, Spec(("datacenter_id", 3), ("hostname", "wire2018")), Spec(), 100001)).Array;
        var vmId = ((Dictionary<string, object?>)ops[^1]!)["vm_id"];
        var info = (await server.CallAsync("hosting.vm.info", Key, vmId)).Struct;

        Guid.TryParse((string)info["entity_id"]!, out _).Should().BeTrue();
        var iface = (Dictionary<string, object?>)((List<object?>)info["ifaces"]!)[0]!;
        Guid.TryParse((string)iface["entity_id"]!, out _).Should().BeTrue();
        var ip = (Dictionary<string, object?>)((List<object?>)iface["ips"]!)[0]!;
        Guid.TryParse((string)ip["entity_id"]!, out _).Should().BeTrue();
        new[] { info["entity_id"], iface["entity_id"], ip["entity_id"] }.Should().OnlyHaveUniqueItems();
        ip["bandwidth"].Should().BeOfType<double>().And.Be(iface["bandwidth"]);
        ip["iface_num"].Should().Be(iface["num"]).And.BeOfType<long>();
        ip["type"].Should().Be("public");
        ip["vm_id"].Should().Be(vmId);

        var listed = (await server.CallAsync("hosting.vm.list", Key, Spec(("hostname", "wire2018")))).Array;
        ((Dictionary<string, object?>)listed[0]!)["entity_id"].Should().Be(info["entity_id"]);
        var ifaces = (await server.CallAsync("hosting.iface.list", Key, Spec(("vm_id", vmId)))).Array;
        ((Dictionary<string, object?>)ifaces[0]!)["entity_id"].Should().Be(iface["entity_id"]);
        var ips = (await server.CallAsync("hosting.ip.list", Key, Spec(("iface_id", iface["id"])))).Array;
        ips.Cast<Dictionary<string, object?>>().Should().OnlyContain(i => i["vm_id"]!.Equals(vmId) && i["type"]!.Equals("public") && i.ContainsKey("entity_id"));
        (await server.CallAsync("hosting.ip.info", Key, ip["id"])).Struct["entity_id"].Should().Be(ip["entity_id"]);
    }

    [Fact]
    public async Task DetachedIfacesIps_HaveNilVmIdAndIfaceNum()
    {
        var op = (await server.CallAsync("hosting.iface.create", Key, Spec(("datacenter_id", 3), ("bandwidth", 5120.0)))).Struct;
        var ip = (await server.CallAsync("hosting.ip.info", Key, op["ip_id"])).Struct;

        ip.Should().ContainKeys("vm_id", "iface_num");
        ip["vm_id"].Should().BeNull();
        ip["iface_num"].Should().BeNull();
        ip["bandwidth"].Should().Be(5120.0);
        ip["type"].Should().Be("public");
    }

    [Fact]
    public async Task Images_CarrySystemAndVersion()
    {
        var images = (await server.CallAsync("hosting.image.list", Key, Spec(("datacenter_id", 3)))).Array.Cast<Dictionary<string, object?>>().ToList();
        images.Should().OnlyContain(i => i["system"] is string && i["version"] is string);
        var debian = images.Single(i => (string)i["label"]! == "Debian 9 64 bits (HVM)");
        (debian["system"], debian["version"]).Should().Be(("Debian", "9"));
    }

    [Fact]
    public async Task Operations_CarryLastSupportError_AndVlanOperationsTheirTrace()
    {
        var created = (await server.CallAsync("hosting.vlan.create", Key, Spec(("name", "trace-vlan"), ("datacenter_id", 3)))).Struct;
        created.Should().ContainKey("last_support_error").WhoseValue.Should().BeNull();
        var parameters = (Dictionary<string, object?>)created["params"]!;
        parameters["env"].Should().BeOfType<string>();
        parameters["remote_addr"].Should().BeOfType<string>();
        Guid.TryParse((string)parameters["tracker_id"]!, out _).Should().BeTrue();
        parameters["_contact_id"].Should().BeOfType<long>();

        var polled = (await server.CallAsync("operation.info", Key, created["id"])).Struct;
        polled.Should().ContainKey("last_support_error");
        var vlanId = ((Dictionary<string, object?>)polled["params"]!)["vlan_id"];

        var deleted = (Dictionary<string, object?>)(await server.CallAsync("hosting.vlan.delete", Key, vlanId)).Struct["params"]!;
        deleted.Should().ContainKeys("env", "remote_addr", "tracker_id", "_contact_id");
        (deleted["datacenter_id"], deleted["dc_code"]).Should().Be((3L, "LU-BI1"));
    }
}
