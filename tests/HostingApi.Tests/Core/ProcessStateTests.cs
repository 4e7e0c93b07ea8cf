using HostingApi.Core.Coordination;
using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using HostingApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HostingApi.Tests.Core;

/// <summary>
/// What the process keeps in memory of the database (accounts, the read cache, the queue's schedule)
/// follows a change made under it once <see cref="ProcessState.RefreshAsync"/> runs: the seam a reset,
/// a restore or another instance's write goes through.
/// </summary>
public sealed class ProcessStateTests
{
    private const string NewKey = "refreshedaccountkey00001";

    [Fact]
    public async Task An_account_written_under_the_process_is_known_after_a_refresh()
    {
        await using var server = new HostingApiFactory();
        using var client = server.CreateRpcClient();
        (await client.CallAsync("hosting.account.info", NewKey)).ShouldFault(510150);

        await WriteAsync(server, db => db.Accounts.Add(new Account("RA1-GANDI", "Refreshed", NewKey, true, ResourceQuota.None, DateTime.UtcNow)));
        (await client.CallAsync("hosting.account.info", NewKey)).ShouldFault(510150);
        await server.Services.GetRequiredService<ProcessState>().RefreshAsync();

        (await client.CallAsync("hosting.account.info", NewKey)).Struct["handle"].Should().Be("RA1-GANDI");
    }

    [Fact]
    public async Task A_cached_read_is_read_again_after_a_refresh()
    {
        await using var server = new HostingApiFactory();
        using var client = server.CreateRpcClient();
        var key = HostingApiFactory.DefaultKey;
        var diskId = (long)(await client.CallAsync("hosting.disk.create", key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["name"] = "before" })).Struct["disk_id"]!;
        (await client.CallAsync("hosting.disk.info", key, diskId)).Struct["name"].Should().Be("before");

        // A write the change source does not see (another process, a restore): the cached answer stays until a refresh.
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
            var disk = db.Disks.Single(d => d.Id == diskId);
            disk.Rename("after", DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        (await client.CallAsync("hosting.disk.info", key, diskId)).Struct["name"].Should().Be("before");
        await server.Services.GetRequiredService<ProcessState>().RefreshAsync();
        (await client.CallAsync("hosting.disk.info", key, diskId)).Struct["name"].Should().Be("after");
    }

    private static async Task WriteAsync(HostingApiFactory server, Action<HostingDbContext> change)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }
}
