using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Rpc;

/// <summary>
/// What one request may cost is bounded: the calls in a multicall and the answer's size, string
/// lengths, and what a fault repeats of the request. Each limit is configurable (XmlRpc section).
/// </summary>
public class RequestCostTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    private const string Key = HostingApiFactory.DefaultKey;

    private static Dictionary<string, object?> Spec(params (string Key, object? Value)[] members) =>
        members.ToDictionary(m => m.Key, m => m.Value);

    private static List<object?> ListMethodsCalls(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => (object?)Spec(("methodName", "system.listMethods"), ("params", new List<object?>())))];

    [Fact]
    public async Task Multicall_OfMoreThanMaxCalls_IsOneSmallFault()
    {
        (await server.CallAsync("system.multicall", ListMethodsCalls(500))).Array.Should().HaveCount(500);

        var tooMany = await server.CallAsync("system.multicall", ListMethodsCalls(5000));
        tooMany.ShouldFault(501431).FaultString.Should().Be(
            "Error on object : OBJECT_LIST (CAUSE_SIZE) [system.multicall takes at most 500 calls, 5000 given]");
    }

    [Fact]
    public async Task Answer_LargerThanMaxResponseBytes_IsReplacedByAFault()
    {
        await using var small = HostingApiFactory.WithSettings(new() { ["XmlRpc:MaxResponseBytes"] = "20000", ["XmlRpc:MaxMulticallCalls"] = "3" });
        (await small.CallAsync("system.listMethods")).ShouldSucceed();

        using var client = small.CreateRpcClient();
        var response = await client.PostAsync(XmlRpcTestClient.BuildCall("system.multicall", ListMethodsCalls(3)));
        var body = await response.Content.ReadAsStringAsync();
        body.Length.Should().BeLessThan(1000);
        XmlRpcTestClient.Decode(body).ShouldFault(501631).FaultString.Should().Contain("larger than 20000 bytes");
        (await small.CallAsync("system.multicall", ListMethodsCalls(4))).ShouldFault(501431);
    }

    [Fact]
    public async Task Faults_RepeatAtMostAHundredCharactersOfAValue()
    {
        var name = new string('m', 1_000_000);
        var unknown = await server.CallAsync(name);
        unknown.ShouldFault(1).FaultString!.Length.Should().BeLessThan(200);
        unknown.FaultString.Should().StartWith("Method \"mmm").And.EndWith("... (1000000 characters)\" is not supported");

        (await server.CallAsync("hosting.disk.list", new string('k', 1_000_000))).ShouldFault(501237).FaultString!.Length.Should().BeLessThan(300);
        (await server.CallAsync("hosting.disk.create", Key, Spec(("datacenter_id", 3), (new string('x', 100_000), 1)))).ShouldFault(501537)
            .FaultString!.Length.Should().BeLessThan(1000);
    }

    [Fact]
    public async Task Strings_AreHeldToTheirKindsLimits()
    {
        var longName = await server.CallAsync("hosting.disk.create", Key, Spec(("datacenter_id", 3), ("name", new string('d', 100_000))));
        longName.ShouldFault(501230).FaultString.Should().Contain("member 'name'").And.Contain("100000 characters, at most 255 allowed");
        (await server.CallAsync("hosting.disk.create", Key, Spec(("datacenter_id", 3), ("name", new string('d', 255))))).ShouldSucceed();
        (await server.CallAsync("hosting.ip.update", Key, 1, Spec(("reverse", new string('r', 100_000))))).ShouldFault(501230);
        (await server.CallAsync("hosting.vlan.create", Key, Spec(("name", new string('v', 256)), ("datacenter_id", 3)))).ShouldFault(501230);
        (await server.CallAsync("hosting.vm.create_from", Key, Spec(("datacenter_id", 3), ("hostname", new string('h', 64))), Spec(), 100001)).ShouldFault(501230);
        (await server.CallAsync("hosting.ssh.create", Key, Spec(("value", new string('s', 70_000))))).ShouldFault(501230);

        var filter = await server.CallAsync("hosting.disk.list", Key, Spec(("name", new string('f', 1_000_000))));
        filter.ShouldFault(501230).FaultString!.Length.Should().BeLessThan(300);
    }

    [Fact]
    public async Task Legacy_StringLimits_AndEchoes_AreTheSame()
    {
        var session = (string)(await server.CallAsync("login", "HA2-GANDI", "hostingapi")).ShouldSucceed().Value!;
        var fault = await server.CallAsync("vm_create", session, new string('h', 100_000), "pw", 102, 1, 1, Spec());
        fault.ShouldFault(501230).FaultString!.Length.Should().BeLessThan(400);
        (await server.CallAsync("login", new string('l', 10_000), "x")).ShouldFault(500130).FaultString!.Length.Should().BeLessThan(300);
    }

    [Fact]
    public async Task Limits_AreConfigurable()
    {
        await using var strict = HostingApiFactory.WithSettings(new() { ["XmlRpc:MaxNameLength"] = "10", ["XmlRpc:MaxFilterLength"] = "5" });
        (await strict.CallAsync("hosting.disk.create", Key, Spec(("datacenter_id", 3), ("name", "eleven-char")))).ShouldFault(501230);
        (await strict.CallAsync("hosting.disk.create", Key, Spec(("datacenter_id", 3), ("name", "ten-chars!")))).ShouldSucceed();
        (await strict.CallAsync("hosting.disk.list", Key, Spec(("name", "sixsix")))).ShouldFault(501230);
    }
}
