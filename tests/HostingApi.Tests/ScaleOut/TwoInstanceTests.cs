using System.Collections.Concurrent;
using System.Text.Json;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.ScaleOut;

/// <summary>
/// Two real server processes on one PostgreSQL database (docs/scale-out.md): they start together on a
/// new database, a quota holds across both, every operation of a load is done exactly once whichever
/// instance a call reaches, and killing one in the middle loses nothing that was acknowledged.
/// </summary>
public sealed class TwoInstanceTests
{
    private const string Key = HostingApiFactory.DefaultKey;
    private const string SharesKey = HostingApiFactory.SharesKey;

    [PostgresFact]
    public async Task Two_instances_start_together_on_a_new_database_and_a_quota_holds_across_both()
    {
        var database = TestPostgres.CreateDatabase();
        try
        {
            var (first, second) = await TwoInstances.StartAsync(database);
            await using var a = first;
            await using var b = second;

            // The shares account may hold 98,304 MB of disks: 9 disks of 10 GiB, whichever instance asks.
            var servers = new[] { a, b };
            var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => CallAsync(servers[i % 2],
                "hosting.disk.create", SharesKey, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 10240, ["name"] = $"q{i}" })));

            results.Count(r => !r.IsFault).Should().Be(9, "each create is checked against the others inside the shared lock");
            (await CallAsync(b, "hosting.disk.count", SharesKey, new Dictionary<string, object?> { ["type"] = "data" })).ShouldSucceed().Value.Should().Be(9L);
        }
        finally
        {
            TestPostgres.DropDatabase(database);
        }
    }

    [PostgresFact]
    public async Task Every_operation_of_a_load_across_two_instances_is_done_exactly_once()
    {
        var database = TestPostgres.CreateDatabase();
        try
        {
            var (first, second) = await TwoInstances.StartAsync(database);
            await using var a = first;
            await using var b = second;
            var servers = new[] { a, b };

            // 16 clients: each creates on one instance and polls the other, so "DONE by the first poll" must hold across instances.
            var disks = new ConcurrentBag<long>();
            await Task.WhenAll(Enumerable.Range(0, 16).Select(async client =>
            {
                for (var i = 0; i < 5; i++)
                {
                    var created = (await CallAsync(servers[client % 2], "hosting.disk.create", Key,
                        new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 1024, ["name"] = $"c{client}n{i}" })).Struct;
                    var step = (await CallAsync(servers[(client + 1) % 2], "operation.info", Key, created["id"])).Struct["step"];
                    step.Should().Be("DONE");
                    disks.Add((long)created["disk_id"]!);
                }
            }));

            disks.Distinct().Should().HaveCount(80, "ids are unique across instances");
            var listed = (await CallAsync(a, "hosting.disk.list", Key, new Dictionary<string, object?> { ["type"] = "data", ["items_per_page"] = 500 })).Array;
            listed.Should().HaveCount(80);
            listed.Select(d => ((Dictionary<string, object?>)d!)["state"]).Should().OnlyContain(s => (string?)s == "created");

            var operations = await OperationsAsync(b);
            operations.Where(o => o.Type == "disk_create").Should().HaveCount(80).And.OnlyContain(o => o.Step == "DONE" && o.InstanceId != null);
        }
        finally
        {
            TestPostgres.DropDatabase(database);
        }
    }

    [PostgresFact]
    public async Task Killing_one_instance_in_the_middle_of_a_load_loses_no_acknowledged_operation()
    {
        var database = TestPostgres.CreateDatabase();
        try
        {
            var (first, second) = await TwoInstances.StartAsync(database);
            await using var victim = first;
            await using var survivor = second;

            var acknowledged = new ConcurrentBag<long>();
            using var stop = new CancellationTokenSource();
            var load = Task.WhenAll(Enumerable.Range(0, 8).Select(async client =>
            {
                for (var i = 0; !stop.IsCancellationRequested && i < 200; i++)
                {
                    try
                    {
                        var created = await CallAsync(client % 2 == 0 ? victim : survivor, "hosting.disk.create", Key,
                            new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 1024, ["name"] = $"k{client}n{i}" });
                        if (!created.IsFault)
                        {
                            acknowledged.Add((long)created.Struct["id"]!);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        // The victim is gone: unanswered, so not acknowledged.
                    }
                }
            }));

            await Task.Delay(TimeSpan.FromSeconds(2));
            await victim.KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            await stop.CancelAsync();
            await load;

            acknowledged.Should().NotBeEmpty();
            foreach (var id in acknowledged)
            {
                (await CallAsync(survivor, "operation.info", Key, id)).Struct["step"].Should().Be("DONE", $"operation {id} was acknowledged");
            }

            var operations = await OperationsAsync(survivor);
            operations.Where(o => o.Type == "disk_create").Should().OnlyContain(o => o.Step == "DONE");
        }
        finally
        {
            TestPostgres.DropDatabase(database);
        }
    }

    [Fact]
    public async Task Two_instances_starting_together_on_a_new_SQLite_file_do_not_crash()
    {
        // One SQLite file is for one serving process (ADR-002), but a second started by mistake must not
        // crash on the first one's seed (UNIQUE constraint failed: Accounts.Handle).
        var folder = ScratchFolders.Create("hostingapi-cwd-");
        var both = await Task.WhenAll(ServerProcess.StartInAsync(folder), ServerProcess.StartInAsync(folder));
        await using var a = both[0];
        await using var b = both[1];

        (await CallAsync(a, "hosting.datacenter.list", Key)).Array.Should().HaveCount(5);
        (await CallAsync(b, "hosting.datacenter.list", Key)).Array.Should().HaveCount(5);
    }

    private static async Task<RpcResult> CallAsync(ServerProcess server, string method, params object?[] arguments)
    {
        using var client = new XmlRpcTestClient(new HttpClient { BaseAddress = new Uri(server.XmlRpcUri, "/") });
        return await client.CallAsync(method, arguments);
    }

    private static async Task<List<(string Type, string Step, string? InstanceId)>> OperationsAsync(ServerProcess server)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.XmlRpcUri, "/") };
        using var json = JsonDocument.Parse(await http.GetStringAsync("_emulator/operations?limit=10000"));
        var items = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement : json.RootElement.GetProperty("operations");
        return items.EnumerateArray().Select(o => (o.GetProperty("type").GetString()!, o.GetProperty("step").GetString()!,
            o.TryGetProperty("instance_id", out var instance) ? instance.GetString() : null)).ToList();
    }
}
