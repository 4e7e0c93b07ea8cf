using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.ScaleOut;

/// <summary>Two real server processes on one PostgreSQL database, as the scale-out tests run them.</summary>
internal static class TwoInstances
{
    /// <summary>Both started together on <paramref name="database"/> (the caller stops them).</summary>
    public static async Task<(ServerProcess A, ServerProcess B)> StartAsync(string database)
    {
        string[] arguments = ["--Database:Provider", "Postgres", "--Database:ConnectionString", database];
        var both = await Task.WhenAll(ServerProcess.StartAsync(arguments), ServerProcess.StartAsync(arguments));
        return (both[0], both[1]);
    }

    /// <summary>Runs <paramref name="test"/> on two instances of a fresh database, then stops them and drops it.</summary>
    public static async Task RunAsync(Func<ServerProcess, ServerProcess, string, Task> test)
    {
        var database = TestPostgres.CreateDatabase();
        try
        {
            var (first, second) = await StartAsync(database);
            await using var a = first;
            await using var b = second;
            await test(a, b, database);
        }
        finally
        {
            TestPostgres.DropDatabase(database);
        }
    }

    public static Task RunAsync(Func<ServerProcess, ServerProcess, Task> test) => RunAsync((a, b, _) => test(a, b));
}
