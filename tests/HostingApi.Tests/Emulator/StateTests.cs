using System.Net;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Emulator;

/// <summary>Reset, snapshots, export and import of the whole state; ids never reused.</summary>
public sealed class StateTests
{
    private const string Key = HostingApiFactory.DefaultKey;

    [Fact]
    public async Task A_reset_puts_back_the_configured_start_and_never_reuses_an_id()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        var extra = await control.NewAccountAsync();
        var before = (long)(await rpc.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct["disk_id"]!;
        await control.PostAsync("/clock", new { mode = "frozen" });
        await control.PutAsync("/policies", new { @default = new { mode = "Held" } });

        (await control.PostAsync("/reset")).Status.Should().Be(HttpStatusCode.OK);
        var after = (long)(await rpc.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct["disk_id"]!;

        (await rpc.CallAsync("hosting.disk.info", Key, before)).ShouldFault(530442);
        (await rpc.CallAsync("hosting.account.info", extra)).ShouldFault(510150);
        after.Should().BeGreaterThan(before);
        (await rpc.CallAsync("hosting.disk.list", Key)).Array.Should().ContainSingle();
        ((string)(await control.GetAsync("/clock")).Body!["mode"]!).Should().Be("real");
        ((string)(await control.GetAsync("/policies")).Body!["default"]!["mode"]!).Should().Be("Instant");
        (await rpc.CallAsync("hosting.image.list", Key)).Array.Should().NotBeEmpty("the catalog is seeded again");
    }

    [Fact]
    public async Task A_snapshot_brings_the_state_back_and_a_later_id_is_not_handed_out_again()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        var kept = (long)(await rpc.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["name"] = "kept" })).Struct["disk_id"]!;
        (await control.PostAsync("/snapshots/base")).Status.Should().Be(HttpStatusCode.Created);
        var dropped = (long)(await rpc.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct["disk_id"]!;

        (await control.PostAsync("/snapshots/base/restore")).Status.Should().Be(HttpStatusCode.OK);
        var next = (long)(await rpc.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct["disk_id"]!;

        (await rpc.CallAsync("hosting.disk.info", Key, kept)).Struct["name"].Should().Be("kept");
        (await rpc.CallAsync("hosting.disk.info", Key, dropped)).ShouldFault(530442);
        next.Should().BeGreaterThan(dropped);
        (await control.GetAsync("/snapshots")).Body!.AsArray().Select(s => (string)s!["name"]!).Should().Equal("base");
        (await control.PostAsync("/reset")).Status.Should().Be(HttpStatusCode.OK);
        (await control.GetAsync("/snapshots")).Body!.AsArray().Should().HaveCount(1, "a reset keeps saved snapshots");
        (await control.DeleteAsync("/snapshots/base")).Status.Should().Be(HttpStatusCode.NoContent);
        (await control.PostAsync("/snapshots/base/restore")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_exported_state_imports_into_another_server()
    {
        await using var first = new HostingApiFactory();
        using var firstControl = first.CreateControlClient();
        using var rpc = first.CreateRpcClient();
        var diskId = (long)(await rpc.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["name"] = "travels" })).Struct["disk_id"]!;
        var state = (await firstControl.GetAsync("/state")).Body!;

        await using var second = new HostingApiFactory();
        using var secondControl = second.CreateControlClient();
        var (status, _) = await secondControl.PostAsync("/state", state.ToJsonString());

        status.Should().Be(HttpStatusCode.OK);
        ((string)state["format"]!).Should().Be("hostingapi-state");
        var disk = (await second.CallAsync("hosting.disk.info", Key, diskId)).Struct;
        disk["name"].Should().Be("travels");
    }

    [Theory]
    [InlineData("""{"format":"other"}""", "not a state document")]
    [InlineData("""{"format":"hostingapi-state","schema_version":1,"tables":{}}""", "schema version 1")]
    [InlineData("""{"format":"hostingapi-state","schema_version":4,"tables":{"Planets":[]}}""", "unknown table 'Planets'")]
    [InlineData("""{"format":"hostingapi-state","schema_version":4,"tables":{"Disks":[{"Colour":1}]}}""", "unknown column 'Colour'")]
    [InlineData("""{"format":"hostingapi-state","schema_version":4,"tables":{"Disks":[{"Id":1}]}}""", "does not fit the schema")]
    public async Task A_bad_state_is_refused_and_the_state_stays_as_it_was(string body, string message)
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        await server.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3 });

        var (status, answer) = await control.PostAsync("/state", body);

        status.Should().Be(HttpStatusCode.BadRequest);
        ((string)answer!["message"]!).Should().Contain(message);
        (await server.CallAsync("hosting.disk.count", Key)).ShouldSucceed().Value.Should().Be(1L, "nothing was half imported");
    }

    [Fact]
    public async Task Seed_files_are_loaded_at_start()
    {
        string state;
        await using (var source = new HostingApiFactory())
        {
            using var control = source.CreateControlClient();
            await source.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["name"] = "seeded" });
            state = (await control.GetAsync("/state")).Body!.ToJsonString();
        }

        var path = Path.Combine(Path.GetTempPath(), $"hostingapi-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, state);
        try
        {
            await using var server = HostingApiFactory.WithSettings(new() { ["Emulator:SeedFiles:0"] = path });
            var disks = (await server.CallAsync("hosting.disk.list", Key)).Array;
            disks.Should().ContainSingle().Which.As<Dictionary<string, object?>>()["name"].Should().Be("seeded");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task With_a_token_the_control_plane_needs_it()
    {
        await using var server = HostingApiFactory.WithSettings(new() { ["Emulator:Token"] = "letmein" });
        using var control = server.CreateControlClient();
        using var authorized = new HttpClient { BaseAddress = server.RootUri };
        authorized.DefaultRequestHeaders.Authorization = new("Bearer", "letmein");

        var (status, body) = await control.GetAsync("/accounts");
        var ok = await authorized.GetAsync("_emulator/accounts");

        status.Should().Be(HttpStatusCode.Unauthorized);
        ((string)body!["error"]!).Should().Be("unauthorized");
        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        (await server.CallAsync("hosting.account.info", Key)).ShouldSucceed(); // the API itself needs no token
    }
}
