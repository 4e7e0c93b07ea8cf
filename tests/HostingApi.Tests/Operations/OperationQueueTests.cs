using System.Net.Http.Json;
using HostingApi.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace HostingApi.Tests.Operations;

/// <summary>The queue under a fake clock, over HTTP: each policy, cancel, failure, and what clients see meanwhile.</summary>
public class OperationQueueTests
{
    private const string Key = HostingApiFactory.DefaultKey;
    private static readonly Dictionary<string, object?> SmallDisk = new() { ["datacenter_id"] = 3, ["size"] = 1024 };

    [Fact]
    public async Task InstantPolicy_AnswersWait_ThenIsDoneAtTheFirstPoll()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using var server = HostingApiFactory.WithClock(clock);
        using var client = server.CreateRpcClient();

        var created = (await client.CallAsync("hosting.disk.create", Key, SmallDisk)).Struct;
        var polled = (await client.CallAsync("operation.info", Key, created["id"])).Struct;

        created["step"].Should().Be("WAIT");
        created["date_start"].Should().BeNull();
        polled["step"].Should().Be("DONE", "libcloud polls every 20 s: a real wait would cost users minutes");
        polled["date_start"].Should().Be(new DateTime(2026, 1, 2, 3, 4, 5));
        (await client.CallAsync("hosting.disk.info", Key, created["disk_id"])).Struct["state"].Should().Be("created");
    }

    [Fact]
    public async Task TimedPolicy_WaitsThenRunsThenIsDone_OnTheClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 0, 0, TimeSpan.Zero));
        await using var server = HostingApiFactory.WithClock(clock, new()
        {
            ["Operations:Types:disk_create:Mode"] = "Timed",
            ["Operations:Types:disk_create:WaitSeconds"] = "5",
            ["Operations:Types:disk_create:RunSeconds"] = "20",
        });
        using var client = server.CreateRpcClient();
        var created = (await client.CallAsync("hosting.disk.create", Key, SmallDisk)).Struct;

        async Task<(object? Step, object? DiskState)> Look() =>
            ((await client.CallAsync("operation.info", Key, created["id"])).Struct["step"],
             (await client.CallAsync("hosting.disk.info", Key, created["disk_id"])).Struct["state"]);

        created["eta"].Should().Be(25L);
        (await Look()).Should().Be(("WAIT", "being_created"));
        clock.Advance(TimeSpan.FromSeconds(5));
        (await Look()).Should().Be(("RUN", "being_created"));
        clock.Advance(TimeSpan.FromSeconds(19));
        (await Look()).Should().Be(("RUN", "being_created"));
        clock.Advance(TimeSpan.FromSeconds(1));
        (await Look()).Should().Be(("DONE", "created"));
    }

    [Fact]
    public async Task HeldPolicy_StaysAtWait_UntilReleased()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 0, 0, TimeSpan.Zero));
        await using var server = HostingApiFactory.WithClock(clock, new() { ["Operations:Default:Mode"] = "Held" });
        using var client = server.CreateRpcClient();
        var created = (await client.CallAsync("hosting.disk.create", Key, SmallDisk)).Struct;

        clock.Advance(TimeSpan.FromHours(1));
        (await client.CallAsync("operation.info", Key, created["id"])).Struct["step"].Should().Be("WAIT");
        (await client.CallAsync("hosting.disk.info", Key, created["disk_id"])).Struct["state"].Should().Be("being_created");

        using var released = await client.Http.PostAsync($"_emulator/operations/{created["id"]}/release", null);

        released.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        (await released.Content.ReadFromJsonAsync<Dictionary<string, object?>>())!["step"]!.ToString().Should().Be("DONE");
        (await client.CallAsync("operation.info", Key, created["id"])).Struct["step"].Should().Be("DONE");
        (await client.CallAsync("hosting.disk.info", Key, created["disk_id"])).Struct["state"].Should().Be("created");
    }

    [Fact]
    public async Task Cancel_BeforeRun_CancelsAndUndoesTheCreation()
    {
        await using var server = HostingApiFactory.WithSettings(new() { ["Operations:Default:Mode"] = "Held" });
        using var client = server.CreateRpcClient();
        var created = (await client.CallAsync("hosting.disk.create", Key, SmallDisk)).Struct;

        (await client.CallAsync("operation.cancel", Key, created["id"])).ShouldSucceed().Value.Should().Be(true);

        (await client.CallAsync("operation.info", Key, created["id"])).Struct["step"].Should().Be("CANCEL");
        (await client.CallAsync("hosting.disk.info", Key, created["disk_id"])).ShouldFault(530442);
        (await client.CallAsync("operation.cancel", Key, created["id"])).ShouldFault(510260)
            .FaultString.Should().Contain("only BILL or WAIT operations can be cancelled");
    }

    [Fact]
    public async Task Cancel_OfAFinishedOperation_IsRefused()
    {
        await using var server = new HostingApiFactory();
        using var client = server.CreateRpcClient();
        var created = (await client.CallAsync("hosting.disk.create", Key, SmallDisk)).Struct;
        (await client.CallAsync("operation.info", Key, created["id"])).Struct["step"].Should().Be("DONE");

        (await client.CallAsync("operation.cancel", Key, created["id"])).ShouldFault(510260);
    }

    [Fact]
    public async Task InjectedFailure_EndsInError_WithLastError_AndRollsBack()
    {
        await using var server = HostingApiFactory.WithSettings(new() { ["Operations:Default:Mode"] = "Held" });
        using var client = server.CreateRpcClient();
        var created = (await client.CallAsync("hosting.disk.create", Key, SmallDisk)).Struct;

        using var failed = await client.Http.PostAsync($"_emulator/operations/{created["id"]}/fail?error=storage%20backend%20unreachable", null);

        failed.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        var info = (await client.CallAsync("operation.info", Key, created["id"])).Struct;
        info["step"].Should().Be("ERROR");
        info["last_error"].Should().Be("storage backend unreachable");
        (await client.CallAsync("hosting.disk.info", Key, created["disk_id"])).ShouldFault(530442);
    }

    [Fact]
    public async Task Control_OfAnUnknownOperation_Answers409WithTheFault()
    {
        await using var server = new HostingApiFactory();
        using var client = server.CreateRpcClient();

        using var response = await client.Http.PostAsync("_emulator/operations/424242/release", null);

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).Should().Contain("510242");
    }

    [Fact]
    public async Task Health_AnswersOk()
    {
        await using var server = new HostingApiFactory();
        using var client = server.CreateRpcClient();

        (await client.Http.GetStringAsync("_emulator/health")).Should().Contain("ok");
    }

    [Fact]
    public async Task Health_ReportsTheMemoryFiguresTheBenchmarksRead()
    {
        await using var server = new HostingApiFactory();
        using var client = server.CreateRpcClient();

        using var health = System.Text.Json.JsonDocument.Parse(await client.Http.GetStringAsync("_emulator/health"));
        var root = health.RootElement;

        root.GetProperty("peak_working_set_mb").GetDouble().Should().BeGreaterThan(0)
            .And.BeGreaterThanOrEqualTo(root.GetProperty("working_set_mb").GetDouble());
        root.GetProperty("gc_generations_mb").GetArrayLength().Should().Be(5, "gen0, gen1, gen2, large objects, pinned objects");
        root.GetProperty("allocated_mb").GetDouble().Should().BeGreaterThan(0);
    }
}
