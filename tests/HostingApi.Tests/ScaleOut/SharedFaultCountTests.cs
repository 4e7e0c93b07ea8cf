using System.Net;
using HostingApi.Tests.Infrastructure;
using Npgsql;

namespace HostingApi.Tests.ScaleOut;

/// <summary>
/// The counting fault rules (<c>times</c>, <c>nth</c>, <c>every</c>) across two real server processes on one
/// PostgreSQL database (docs/scale-out.md): the calls are counted once for both instances, whichever serves
/// them, and <c>GET /_emulator/faults</c> shows the same <c>seen</c> and <c>fired</c> on each.
/// </summary>
public sealed class SharedFaultCountTests
{
    private const string Key = HostingApiFactory.DefaultKey;
    private const string Method = "hosting.datacenter.list";

    [PostgresFact]
    public async Task A_times_1_rule_added_on_one_instance_fires_once_across_both()
    {
        await TwoInstances.RunAsync(async (a, b, _) =>
        {
            var id = await AddRuleAsync(a, new { method = Method }, times: 1);

            // B first: the rule A added, and A's calls after it, see the firing B took.
            var faults = await AlternateAsync(b, a, 6);

            faults.Should().Equal(true, false, false, false, false, false);
            await CountsShouldBeAsync(a, b, id, seen: 1, fired: 1); // a spent rule counts no more calls, as on one instance
        });
    }

    [PostgresFact]
    public async Task An_nth_3_rule_fires_on_the_third_call_overall()
    {
        await TwoInstances.RunAsync(async (a, b, _) =>
        {
            var id = await AddRuleAsync(a, new { method = Method, nth = 3 });

            // Counted per instance, neither would have seen a third call before the fifth.
            var faults = await AlternateAsync(a, b, 6);

            faults.Should().Equal(false, false, true, false, false, false);
            await CountsShouldBeAsync(a, b, id, seen: 6, fired: 1);
        });
    }

    [PostgresFact]
    public async Task An_every_2_rule_fires_on_every_second_call_overall_though_they_all_reach_one_instance()
    {
        await TwoInstances.RunAsync(async (a, b, _) =>
        {
            var id = await AddRuleAsync(b, new { method = Method, every = 2 });

            // The even calls all reach B: counted per instance, A's calls would fire too and B's only every other one.
            var faults = await AlternateAsync(a, b, 6);

            faults.Should().Equal(false, true, false, true, false, true);
            await CountsShouldBeAsync(a, b, id, seen: 6, fired: 3);
        });
    }

    [PostgresFact]
    public async Task Concurrent_calls_on_both_instances_fire_a_times_rule_exactly_its_times()
    {
        await TwoInstances.RunAsync(async (a, b, _) =>
        {
            var id = await AddRuleAsync(a, new { method = Method }, times: 5);

            var calls = Enumerable.Range(0, 40).Select(i => CallAsync(i % 2 == 0 ? a : b, Method, Key));
            var faults = (await Task.WhenAll(calls)).Count(r => r.IsFault);

            faults.Should().Be(5, "each firing is taken from the one count, however the calls interleave");
            await CountsShouldBeAsync(a, b, id, seen: 5, fired: 5);
        });
    }

    [PostgresFact]
    public async Task Removing_a_rule_deletes_its_count_and_a_reset_clears_every_count()
    {
        await TwoInstances.RunAsync(async (a, b, database) =>
        {
            var first = await AddRuleAsync(a, new { method = Method, every = 2 });
            var second = await AddRuleAsync(a, new { method = "hosting.vm.list", nth = 1 });
            await AlternateAsync(a, b, 3);
            (await CallAsync(b, "hosting.vm.list", Key)).IsFault.Should().BeTrue();
            (await CountedRulesAsync(database)).Should().BeEquivalentTo([first, second]);

            using var controlB = Control(b);
            (await controlB.DeleteAsync($"/faults/{first}")).Status.Should().Be(HttpStatusCode.OK);
            (await CountedRulesAsync(database)).Should().Equal(second);

            using var controlA = Control(a);
            (await controlA.PostAsync("/reset")).Status.Should().Be(HttpStatusCode.OK);
            (await CountedRulesAsync(database)).Should().BeEmpty();
        });
    }

    private static async Task<string> AddRuleAsync(ServerProcess server, object match, long? times = null)
    {
        using var control = Control(server);
        var (status, added) = await control.PostAsync("/faults", new
        {
            match,
            action = new { type = "xmlrpc_fault", code = 581042, @string = "Error on object : OBJECT_DISK (CAUSE_UNKNOWN) [try later]" },
            times,
        });
        status.Should().Be(HttpStatusCode.Created);
        return (string)added!["id"]!;
    }

    // Calls taking turns between the instances, first on first: whether each was answered by the rule's fault.
    private static async Task<List<bool>> AlternateAsync(ServerProcess first, ServerProcess second, int count)
    {
        var faults = new List<bool>();
        for (var i = 0; i < count; i++)
        {
            var result = await CallAsync(i % 2 == 0 ? first : second, Method, Key);
            result.IsFault.Should().Be(result.FaultCode == 581042, "only the rule's fault is expected");
            faults.Add(result.IsFault);
        }

        return faults;
    }

    private static async Task CountsShouldBeAsync(ServerProcess a, ServerProcess b, string id, long seen, long fired)
    {
        foreach (var server in new[] { a, b })
        {
            using var control = Control(server);
            var rule = (await control.GetAsync("/faults")).Body!["rules"]!.AsArray().Single(r => (string)r!["id"]! == id)!;
            ((long)rule["seen"]!, (long)rule["fired"]!).Should().Be((seen, fired), "both instances list the shared counts");
        }
    }

    private static async Task<List<string>> CountedRulesAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "RuleId" FROM "FaultRuleCounters" ORDER BY "RuleId" """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static ControlPlaneClient Control(ServerProcess server) => new(new HttpClient { BaseAddress = new Uri(server.XmlRpcUri, "/") });

    private static async Task<RpcResult> CallAsync(ServerProcess server, string method, params object?[] arguments)
    {
        using var client = new XmlRpcTestClient(new HttpClient { BaseAddress = new Uri(server.XmlRpcUri, "/") });
        return await client.CallAsync(method, arguments);
    }
}
