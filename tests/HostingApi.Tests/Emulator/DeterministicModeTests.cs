using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Emulator;

/// <summary>
/// Emulator:Deterministic: with the clock frozen, the same calls from the same start give byte-identical
/// answers (ids, dates, uuids, addresses, keys, session ids), also while another account's calls interleave.
/// </summary>
public sealed class DeterministicModeTests
{
    [Fact]
    public async Task The_same_calls_give_the_same_bytes_whatever_another_account_does_meanwhile()
    {
        var alone = await RunAsync(interleave: false);
        var interleaved = await RunAsync(interleave: true);

        interleaved.Should().Equal(alone);
        alone.Should().Contain(answer => answer.Contains("<name>ip</name>", StringComparison.Ordinal), "the scenario reaches addresses");
    }

    [Fact]
    public async Task A_reset_starts_the_id_ranges_again()
    {
        await using var server = HostingApiFactory.WithSettings(new() { ["Emulator:Deterministic"] = "true" });
        using var control = server.CreateControlClient();
        var first = await control.NewAccountAsync();
        var firstDisk = (await server.CallAsync("hosting.disk.create", first, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct["disk_id"];

        await control.PostAsync("/reset");
        var again = await control.NewAccountAsync();
        var againDisk = (await server.CallAsync("hosting.disk.create", again, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct["disk_id"];

        (again, againDisk).Should().Be((first, firstDisk));
        ((long)firstDisk!).Should().BeGreaterThan(1_000_000, "an account's objects take ids from its own range");
    }

    // One account's scenario, as raw answers; with interleave, another account works between its calls.
    private static async Task<List<string>> RunAsync(bool interleave)
    {
        await using var server = HostingApiFactory.WithSettings(new() { ["Emulator:Deterministic"] = "true" });
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        await control.PostAsync("/clock", new { mode = "frozen", now = "2031-05-06T07:08:09Z" });
        var key = await control.NewAccountAsync(new { login = "det", password = "pw" });
        var other = interleave ? await control.NewAccountAsync() : null;
        var image = (long)((Dictionary<string, object?>)(await rpc.CallAsync("hosting.image.list", key, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Array[0]!)["disk_id"]!;

        var answers = new List<string>();
        async Task Call(string method, params object?[] arguments)
        {
            if (other is not null)
            {
                await rpc.CallAsync("hosting.disk.create", other, new Dictionary<string, object?> { ["datacenter_id"] = 3 });
                await rpc.CallAsync("hosting.iface.create", other, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["ip_version"] = 4 });
            }

            using var response = await rpc.PostAsync(XmlRpcTestClient.BuildCall(method, arguments));
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        await Call("hosting.disk.create", key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["name"] = "data" });
        await Call("hosting.vm.create_from", key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["hostname"] = "det", ["memory"] = 512, ["cores"] = 1, ["ip_version"] = 4 },
            new Dictionary<string, object?> { ["size"] = 5120 }, image);
        await Call("hosting.disk.list", key);
        await Call("hosting.vm.list", key);
        await Call("hosting.iface.list", key);
        await Call("hosting.ip.list", key);
        await Call("operation.list", key);
        await Call("login", "det", "pw");
        return answers;
    }
}
