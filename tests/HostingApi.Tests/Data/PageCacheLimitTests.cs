using HostingApi.Core.Persistence;
using HostingApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HostingApi.Tests.Data;

/// <summary>Database:PageCacheKiB bounds SQLite's page cache on each connection to a file (and leaves a memory database alone).</summary>
public sealed class PageCacheLimitTests
{
    [Fact]
    public async Task A_file_database_connection_has_the_configured_cache()
    {
        var path = Path.Combine(ScratchFolders.Create("hostingapi-cache-"), "state.db");
        await using var server = HostingApiFactory.WithSettings(new()
        {
            ["Database:InMemory"] = "false", ["Database:Path"] = path, ["Database:PageCacheKiB"] = "300",
        });

        (await CacheSizeAsync(server)).Should().Be(-300, "a negative cache_size is a size in KiB");
    }

    [Fact]
    public async Task A_memory_database_keeps_SQLite_s_default()
    {
        await using var server = new HostingApiFactory();

        (await CacheSizeAsync(server)).Should().Be(-2000, "the pages of a memory database are the database");
    }

    // Through the application's own context, so the connection is opened as every call opens one.
    private static async Task<long> CacheSizeAsync(HostingApiFactory server)
    {
        (await server.CallAsync("version.info", HostingApiFactory.DefaultKey)).ShouldSucceed();
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA cache_size;";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
