using System.Net;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Emulator;

/// <summary>The virtual clock and the run-time policies, seen by an XML-RPC client.</summary>
public sealed class ClockAndPolicyTests
{
    private const string Key = HostingApiFactory.DefaultKey;

    [Fact]
    public async Task A_frozen_clock_dates_what_is_created_and_moves_only_when_told()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();

        var (_, frozen) = await control.PostAsync("/clock", new { mode = "frozen", now = "2030-01-01T00:00:00Z" });
        var (_, later) = await control.PostAsync("/clock", new { advance_seconds = 90 });
        var op = (await rpc.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct;
        var disk = (await rpc.CallAsync("hosting.disk.info", Key, (long)op["disk_id"]!)).Struct;

        ((string)frozen!["mode"]!, (string)frozen["now"]!).Should().Be(("frozen", "2030-01-01T00:00:00.000Z"));
        ((string)later!["now"]!).Should().Be("2030-01-01T00:01:30.000Z");
        disk["date_created"].Should().Be(new DateTime(2030, 1, 1, 0, 1, 30));
        var (_, real) = await control.PostAsync("/clock", new { mode = "real" });
        ((string)real!["mode"]!, (double)real["offset_seconds"]!).Should().Be(("real", 0));
    }

    [Fact]
    public async Task A_timed_policy_runs_on_the_virtual_clock()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        await control.PostAsync("/clock", new { mode = "frozen" });
        (await control.PutAsync("/policies", new { @default = new { mode = "Timed", wait_seconds = 60, run_seconds = 60 } })).Status.Should().Be(HttpStatusCode.OK);

        var op = (await rpc.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct;
        var id = (long)op["id"]!;
        var waiting = (await rpc.CallAsync("operation.info", Key, id)).Struct["step"];
        await control.PostAsync("/clock", new { advance_seconds = 61 });
        var running = (await rpc.CallAsync("operation.info", Key, id)).Struct["step"];
        await control.PostAsync("/clock", new { advance_seconds = 61 });
        var done = (await rpc.CallAsync("operation.info", Key, id)).Struct["step"];

        new[] { waiting, running, done }.Should().Equal("WAIT", "RUN", "DONE");
    }

    [Fact]
    public async Task Under_the_Polls_policy_an_operation_is_done_at_the_nth_poll_not_before()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        await control.PutAsync("/policies", new { types = new Dictionary<string, object> { ["disk_create"] = new { mode = "Polls", polls = 3 } } });

        var id = (long)(await rpc.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct["id"]!;
        var steps = new List<object?>();
        for (var i = 0; i < 4; i++)
        {
            steps.Add((await rpc.CallAsync("operation.info", Key, id)).Struct["step"]);
        }

        steps.Should().Equal("WAIT", "WAIT", "DONE", "DONE");
        var (_, policies) = await control.GetAsync("/policies");
        ((string)policies!["types"]!["disk_create"]!["mode"]!).Should().Be("Polls");
        ((string)policies["default"]!["mode"]!).Should().Be("Instant", "a PUT replaces the whole document, the default included");
    }

    [Fact]
    public async Task A_held_operation_is_advanced_one_step_at_a_time()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        await control.PutAsync("/policies", new { @default = new { mode = "Held" } });
        var id = (long)(await rpc.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct["id"]!;

        var (_, first) = await control.PostAsync($"/operations/{id}/advance");
        var afterFirst = (await rpc.CallAsync("operation.info", Key, id)).Struct["step"];
        var (_, second) = await control.PostAsync($"/operations/{id}/advance");
        var (status, third) = await control.PostAsync($"/operations/{id}/advance");

        ((string)first!["step"]!, afterFirst, (string)second!["step"]!).Should().Be(("RUN", (object)"RUN", "DONE"));
        status.Should().Be(HttpStatusCode.Conflict);
        ((int)third!["faultCode"]!).Should().Be(510260, "a finished operation cannot move: Gandi's state fault for operations");
    }

    [Theory]
    [InlineData("/clock", """{"mode":"stopped"}""", "mode must be")]
    [InlineData("/clock", """{"now":"yesterday"}""", "ISO 8601")]
    [InlineData("/clock", """{"advance":5}""", "unknown field 'advance'")]
    [InlineData("/clock", "[1]", "JSON object")]
    [InlineData("/clock", "{", "not JSON")]
    public async Task Bad_clock_requests_get_400_naming_the_problem(string path, string body, string message)
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();

        var (status, answer) = await control.PostAsync(path, body);

        status.Should().Be(HttpStatusCode.BadRequest);
        ((string)answer!["message"]!).Should().Contain(message);
    }

    [Theory]
    [InlineData("""{"default":{"mode":"Bogus"}}""", "mode must be one of Instant, Timed, Held, Polls")]
    [InlineData("""{"types":{"disk_creat":{"mode":"Held"}}}""", "unknown operation type 'disk_creat'")]
    [InlineData("""{"default":{"mode":"Timed","wait_seconds":-1}}""", "wait_seconds must be a number from 0")]
    [InlineData("""{"default":{"mode":"Polls","polls":0}}""", "polls must be an integer from 1")]
    public async Task Bad_policies_get_400_and_leave_the_policies_as_they_were(string body, string message)
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();

        var (status, answer) = await control.SendAsync(HttpMethod.Put, "/policies", body);
        var (_, policies) = await control.GetAsync("/policies");

        status.Should().Be(HttpStatusCode.BadRequest);
        ((string)answer!["message"]!).Should().Contain(message);
        ((string)policies!["default"]!["mode"]!).Should().Be("Instant");
    }
}
