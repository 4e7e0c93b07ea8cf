using System.Net;
using System.Text.Json.Nodes;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.ScaleOut;

/// <summary>
/// The control plane across two real server processes on one PostgreSQL database (docs/scale-out.md,
/// "What is shared"): the clock, the policies, the fault rules and a reset set through one instance
/// hold on the other, and <c>GET /_emulator/operations</c> names the instance that took each step.
/// </summary>
public sealed class SharedControlTests
{
    private const string Key = HostingApiFactory.DefaultKey;

    [PostgresFact]
    public async Task A_clock_frozen_and_moved_on_one_instance_is_the_others_clock()
    {
        await TwoInstances.RunAsync(async (a, b) =>
        {
            using var controlA = Control(a);
            using var controlB = Control(b);

            await controlA.PostAsync("/clock", new { mode = "frozen", now = "2030-01-01T00:00:00Z" });
            var (_, seen) = await controlB.GetAsync("/clock");
            ((string)seen!["mode"]!, (string)seen["now"]!).Should().Be(("frozen", "2030-01-01T00:00:00.000Z"));

            await controlA.PostAsync("/clock", new { advance_seconds = 3600 });
            var created = (await CallAsync(b, "hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 1024 })).Struct;
            var disk = (await CallAsync(b, "hosting.disk.info", Key, (long)created["disk_id"]!)).Struct;
            disk["date_created"].Should().Be(new DateTime(2030, 1, 1, 1, 0, 0), "B dates what it creates by the clock A moved");

            // And back the other way: B lets the clock run, A sees it.
            await controlB.PostAsync("/clock", new { mode = "real" });
            var (_, real) = await controlA.GetAsync("/clock");
            ((string)real!["mode"]!, (double)real["offset_seconds"]!).Should().Be(("real", 0));
        });
    }

    [PostgresFact]
    public async Task A_policy_set_on_one_instance_holds_what_the_other_queues_and_each_step_names_its_instance()
    {
        await TwoInstances.RunAsync(async (a, b) =>
        {
            using var controlA = Control(a);
            using var controlB = Control(b);

            // Under the default policy (Instant) each instance finishes what its own poll finds due.
            var onA = await CreateAndPollAsync(a);
            var onB = await CreateAndPollAsync(b);
            var operations = await OperationsAsync(controlA);
            var byA = operations.Single(o => (long)o["id"]! == onA)["instance_id"]?.GetValue<string>();
            var byB = operations.Single(o => (long)o["id"]! == onB)["instance_id"]?.GetValue<string>();
            byA.Should().NotBeNullOrEmpty();
            byB.Should().NotBeNullOrEmpty().And.NotBe(byA, "each instance writes its own id at the steps it takes");

            (await controlA.PutAsync("/policies", new { @default = new { mode = "Held" } })).Status.Should().Be(HttpStatusCode.OK);
            var (_, policies) = await controlB.GetAsync("/policies");
            ((string)policies!["default"]!["mode"]!).Should().Be("Held");

            var held = (long)(await CallAsync(b, "hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 1024 })).Struct["id"]!;
            (await CallAsync(b, "operation.info", Key, held)).Struct["step"].Should().Be("WAIT");
            (await CallAsync(a, "operation.info", Key, held)).Struct["step"].Should().Be("WAIT", "A holds it too");

            (await controlA.PostAsync($"/operations/{held}/release")).Status.Should().Be(HttpStatusCode.OK);
            (await CallAsync(b, "operation.info", Key, held)).Struct["step"].Should().Be("DONE");
            (await OperationsAsync(controlB)).Single(o => (long)o["id"]! == held)["instance_id"]?.GetValue<string>().Should().BeOneOf(byA, byB);
        });
    }

    [PostgresFact]
    public async Task A_fault_rule_added_on_one_instance_fires_on_the_other_until_it_is_removed()
    {
        await TwoInstances.RunAsync(async (a, b) =>
        {
            using var controlA = Control(a);
            using var controlB = Control(b);
            var rule = new { match = new { method = "hosting.disk.list" }, action = new { type = "xmlrpc_fault", code = 581042, @string = "Error on object : OBJECT_DISK (CAUSE_UNKNOWN) [try later]" } };

            var (status, added) = await controlA.PostAsync("/faults", rule);
            status.Should().Be(HttpStatusCode.Created);
            var fault = await CallAsync(b, "hosting.disk.list", Key);
            fault.IsFault.Should().BeTrue();
            fault.FaultCode.Should().Be(581042);
            (await CallAsync(b, "hosting.datacenter.list", Key)).IsFault.Should().BeFalse("the rule matches disk.list only");

            // Ids come from the shared rules: a rule added on B does not take A's id again.
            var (_, second) = await controlB.PostAsync("/faults", new { match = new { method = "hosting.vm.list" }, action = new { type = "http", status = 503 } });
            ((string)second!["id"]!).Should().NotBe((string)added!["id"]!);
            var (_, listed) = await controlA.GetAsync("/faults");
            listed!["rules"]!.AsArray().Select(r => (string)r!["id"]!).Should().BeEquivalentTo([(string)added["id"]!, (string)second["id"]!]);

            (await controlA.DeleteAsync($"/faults/{(string)added["id"]!}")).Status.Should().Be(HttpStatusCode.OK);
            (await CallAsync(b, "hosting.disk.list", Key)).IsFault.Should().BeFalse("A removed the rule");
            (await controlB.DeleteAsync("/faults")).Body!["removed"]!.GetValue<int>().Should().Be(1);
            (await controlA.GetAsync("/faults")).Body!["rules"]!.AsArray().Should().BeEmpty();
        });
    }

    [PostgresFact]
    public async Task A_reset_and_a_restore_through_one_instance_apply_to_the_other()
    {
        await TwoInstances.RunAsync(async (a, b) =>
        {
            using var controlA = Control(a);
            using var controlB = Control(b);
            (await controlA.PostAsync("/snapshots/clean")).Status.Should().Be(HttpStatusCode.Created);
            var disk = await CreateDiskAsync(b);
            await controlB.PostAsync("/clock", new { mode = "frozen", now = "2031-06-01T00:00:00Z" });
            await controlB.PutAsync("/policies", new { @default = new { mode = "Held" } });
            await controlB.PostAsync("/faults", new { match = new { method = "hosting.vm.list" }, action = new { type = "http", status = 503 } });

            // A restore on A: B no longer finds the disk made after the snapshot, and the control settings stay.
            (await controlA.PostAsync("/snapshots/clean/restore")).Status.Should().Be(HttpStatusCode.OK);
            (await CallAsync(b, "hosting.disk.info", Key, disk)).IsFault.Should().BeTrue("the restore took the disk away for every instance");
            ((string)(await controlB.GetAsync("/clock")).Body!["mode"]!).Should().Be("frozen");

            // A reset on A: B's clock runs again, its policies are the configured ones, its fault rules are gone.
            (await controlA.PostAsync("/reset")).Status.Should().Be(HttpStatusCode.OK);
            ((string)(await controlB.GetAsync("/clock")).Body!["mode"]!).Should().Be("real");
            ((string)(await controlB.GetAsync("/policies")).Body!["default"]!["mode"]!).Should().Be("Instant");
            (await controlB.GetAsync("/faults")).Body!["rules"]!.AsArray().Should().BeEmpty();
            (await CallAsync(b, "hosting.vm.list", Key)).IsFault.Should().BeFalse();
        });
    }

    private static async Task<long> CreateDiskAsync(ServerProcess server) =>
        (long)(await CallAsync(server, "hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 1024 })).Struct["disk_id"]!;

    // An operation created and polled to DONE through one instance: its id.
    private static async Task<long> CreateAndPollAsync(ServerProcess server)
    {
        var id = (long)(await CallAsync(server, "hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 1024 })).Struct["id"]!;
        (await CallAsync(server, "operation.info", Key, id)).Struct["step"].Should().Be("DONE");
        return id;
    }

    private static ControlPlaneClient Control(ServerProcess server) => new(new HttpClient { BaseAddress = new Uri(server.XmlRpcUri, "/") });

    private static async Task<RpcResult> CallAsync(ServerProcess server, string method, params object?[] arguments)
    {
        using var client = new XmlRpcTestClient(new HttpClient { BaseAddress = new Uri(server.XmlRpcUri, "/") });
        return await client.CallAsync(method, arguments);
    }

    private static async Task<List<JsonNode>> OperationsAsync(ControlPlaneClient control)
    {
        var (_, body) = await control.GetAsync("/operations?limit=10000");
        var items = body is JsonArray array ? array : body!["operations"]!.AsArray();
        return [.. items.Select(o => o!)];
    }
}
