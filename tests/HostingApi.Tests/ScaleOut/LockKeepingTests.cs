using HostingApi.Tests.Infrastructure;
using Npgsql;

namespace HostingApi.Tests.ScaleOut;

/// <summary>
/// An instance alone on its database keeps the write lock between writes and checks no version per
/// request (docs/scale-out.md); a second instance that starts is still let write, and each sees the
/// other's writes at once, from its first answer on.
/// </summary>
public sealed class LockKeepingTests
{
    private const string Key = HostingApiFactory.DefaultKey;

    // PostgresWriteGate's lock key, as pg_locks shows it (classid: the high 32 bits, objid: the low).
    private const long LockKey = 0x4841_5049_0002;

    [PostgresFact]
    public async Task An_instance_alone_keeps_the_lock_yet_a_second_one_writes_and_each_sees_the_others_writes()
    {
        var database = TestPostgres.CreateDatabase();
        try
        {
            string[] arguments = ["--Database:Provider", "Postgres", "--Database:ConnectionString", database];
            await using var a = await ServerProcess.StartAsync(arguments);
            await CreateAsync(a, "first");

            // Its presence check (once a second) finds it alone: the next write keeps the lock.
            var kept = false;
            for (var i = 0; i < 50 && !kept; i++)
            {
                await Task.Delay(200);
                await CreateAsync(a, $"alone{i}");
                kept = HeldLocks(database) == 1;
            }

            kept.Should().BeTrue("an instance alone keeps the write lock between writes");
            var before = await CountAsync(a);

            await using var b = await ServerProcess.StartAsync(arguments);
            var createdOnB = await CreateAsync(b, "from-b").WaitAsync(TimeSpan.FromSeconds(10));
            (await CountAsync(a)).Should().Be(before + 1, "A answers B's write as soon as B acknowledged it");
            (await CallAsync(a, "hosting.disk.info", Key, createdOnB)).ShouldSucceed();

            await CreateAsync(a, "from-a-again");
            (await CountAsync(b)).Should().Be(before + 2);
        }
        finally
        {
            TestPostgres.DropDatabase(database);
        }
    }

    private static async Task<long> CreateAsync(ServerProcess server, string name)
    {
        var created = (await CallAsync(server, "hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 1024, ["name"] = name })).Struct;
        return (long)created["disk_id"]!;
    }

    private static async Task<long> CountAsync(ServerProcess server) =>
        (long)(await CallAsync(server, "hosting.disk.count", Key, new Dictionary<string, object?> { ["type"] = "data" })).ShouldSucceed().Value!;

    private static long HeldLocks(string database)
    {
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand(
            $"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND mode = 'ExclusiveLock' AND classid = {LockKey >> 32} AND objid = {LockKey & 0xFFFF_FFFF}",
            connection);
        return (long)command.ExecuteScalar()!;
    }

    private static async Task<RpcResult> CallAsync(ServerProcess server, string method, params object?[] arguments)
    {
        using var client = new XmlRpcTestClient(new HttpClient { BaseAddress = new Uri(server.XmlRpcUri, "/") });
        return await client.CallAsync(method, arguments);
    }
}
