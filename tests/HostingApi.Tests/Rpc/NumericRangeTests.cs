using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Rpc;

/// <summary>
/// Every numeric argument is range-checked before a handler runs: a negative count cannot make the
/// used figures go negative and slip past a quota. Over HTTP, one test per method family.
/// </summary>
public class NumericRangeTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    private const string Key = HostingApiFactory.DefaultKey;
    private const string Shares = HostingApiFactory.SharesKey;

    private static Dictionary<string, object?> Spec(params (string Key, object? Value)[] members) =>
        members.ToDictionary(m => m.Key, m => m.Value);

    [Fact]
    public async Task Vm_NegativeOrAbsurdFigures_AreRefusedWithTheVmValueFault()
    {
        var before = await UsedAsync();

        var cores = await server.CallAsync("hosting.vm.create_from", Shares, Spec(("datacenter_id", 3), ("cores", -8)), Spec(), 100001);
        cores.ShouldFault(530230).FaultString.Should().Contain("OBJECT_VM (CAUSE_VALUE)").And.Contain("member 'cores'").And.Contain("-8 is not between 1 and 1024");
        (await server.CallAsync("hosting.vm.update", Shares, 1, Spec(("cores", -20)))).ShouldFault(530230);
        (await server.CallAsync("hosting.vm.update", Shares, 1, Spec(("memory", -512)))).ShouldFault(530230);
        (await server.CallAsync("hosting.vm.create_from", Shares, Spec(("datacenter_id", 3), ("bandwidth", -1e9)), Spec(), 100001)).ShouldFault(531730);
        (await server.CallAsync("hosting.vm.create_from", Shares, Spec(("datacenter_id", 3), ("vm_max_memory", 0)), Spec(), 100001)).ShouldFault(530230);
        (await server.CallAsync("hosting.vm.disk_attach", Shares, 1, 1, Spec(("position", -1)))).ShouldFault(530430);

        (await UsedAsync()).Should().BeEquivalentTo(before, "nothing refused is counted");
    }

    [Fact]
    public async Task Iface_NegativeBandwidth_IsRefused_OnCreateAndUpdate()
    {
        var create = await server.CallAsync("hosting.iface.create", Shares, Spec(("datacenter_id", 3), ("bandwidth", -1e9)));
        create.ShouldFault(531730).FaultString.Should().Contain("OBJECT_IFACE (CAUSE_VALUE)");
        (await server.CallAsync("hosting.iface.update", Shares, 1, Spec(("bandwidth", -1e9)))).ShouldFault(531730);
        (await server.CallAsync("hosting.iface.update", Shares, 1, Spec(("bandwidth", double.PositiveInfinity)))).IsFault.Should().BeTrue();
        (await server.CallAsync("hosting.iface.create", Shares, Spec(("datacenter_id", 3), ("vlan", -3)))).ShouldFault(501030);
    }

    [Fact]
    public async Task Disk_NegativeSizeOrProfile_IsRefused()
    {
        (await server.CallAsync("hosting.disk.create", Key, Spec(("datacenter_id", 3), ("size", -1024)))).ShouldFault(530430);
        (await server.CallAsync("hosting.disk.update", Key, 1, Spec(("size", -1024)))).ShouldFault(530430);
        (await server.CallAsync("hosting.disk.create", Key, Spec(("datacenter_id", 3), ("snapshot_profile", -1)))).ShouldFault(537830);
        (await server.CallAsync("hosting.disk.create", Key, Spec(("datacenter_id", 3), ("size", 1000)))).ShouldFault(530431);
    }

    [Fact]
    public async Task Ids_MustBePositive_InEveryFamily()
    {
        foreach (var (method, arguments) in new (string, object?[])[]
        {
            ("hosting.disk.info", [Key, 0]),
            ("hosting.vm.info", [Key, -1]),
            ("hosting.iface.info", [Key, -5]),
            ("hosting.ip.info", [Key, 0]),
            ("hosting.vlan.info", [Key, int.MinValue]),
            ("hosting.ssh.info", [Key, -1]),
            ("operation.info", [Key, 0]),
            ("hosting.disk.create", [Key, Spec(("datacenter_id", -3))]),
        })
        {
            (await server.CallAsync(method, arguments)).ShouldFault(501030).FaultString.Should().Contain("is not between 1 and 2147483647", method);
        }
    }

    [Fact]
    public async Task Legacy_NegativeCpuSharesOrQuantity_AreRefused()
    {
        var session = (string)(await server.CallAsync("login", "HA2-GANDI", "hostingapi")).ShouldSucceed().Value!;

        var cpu = await server.CallAsync("vm_create", session, "neg", "pw", 102, 1, -8, Spec());
        cpu.ShouldFault(530230).FaultString.Should().StartWith("DataError: ");
        (await server.CallAsync("vm_create", session, "neg", "pw", 102, -4, 1, Spec())).ShouldFault(530230);
        (await server.CallAsync("vm_update", session, 1, Spec(("cpu", -20)))).ShouldFault(530230);
        (await server.CallAsync("disk_create", session, Spec(("size", -1024)))).ShouldFault(530430);
        (await server.CallAsync("hosting_account_product_add", session, "shares", -5, "1m")).ShouldFault(535130);
        (await server.CallAsync("vm_info", session, -1)).ShouldFault(501030);
    }

    private async Task<object?> UsedAsync() =>
        ((Dictionary<string, object?>)(await server.CallAsync("hosting.account.info", Shares)).Struct["resources"]!)["used"];
}
