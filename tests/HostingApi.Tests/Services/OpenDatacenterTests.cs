using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using HostingApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HostingApi.Tests.Services;

/// <summary>
/// The opened-datacenter constraint (3.3.35) on creates: a datacenter closed to all refuses everyone, one
/// closed to new customers only an account with no disk and no VM there (the account's objects are asked
/// only for such a datacenter).
/// </summary>
public sealed class OpenDatacenterTests
{
    private const int ClosedToNew = 1;
    private const int ClosedToAll = 2;
    private const int Open = 3;
    private const int Closed = 532754;   // OBJECT_DATACENTER (CAUSE_DISABLED)

    [Fact]
    public async Task A_datacenter_closed_to_new_customers_takes_creates_only_from_an_account_already_there()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        var key = await control.NewAccountAsync();

        (await rpc.CallAsync("hosting.disk.create", key, Spec(ClosedToNew))).ShouldFault(Closed)
            .FaultString.Should().Contain("datacenter FR-SD2 is closed for new resources");
        (await rpc.CallAsync("hosting.disk.create", key, Spec(Open))).ShouldSucceed();

        await AddDiskAsync(server, key, ClosedToNew);

        (await rpc.CallAsync("hosting.disk.create", key, Spec(ClosedToNew))).ShouldSucceed();
    }

    [Fact]
    public async Task A_datacenter_closed_to_all_refuses_even_an_account_already_there()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        var key = await control.NewAccountAsync();
        await AddDiskAsync(server, key, ClosedToAll);

        (await rpc.CallAsync("hosting.disk.create", key, Spec(ClosedToAll))).ShouldFault(Closed)
            .FaultString.Should().Contain("datacenter US-BA1 is closed for new resources");
        (await rpc.CallAsync("hosting.disk.create", key, Spec(99))).ShouldFault(532742)
            .FaultString.Should().Contain("Datacenter '99' doesn't exist");
    }

    private static Dictionary<string, object?> Spec(int datacenterId) => new() { ["datacenter_id"] = datacenterId };

    // A disk placed there directly (no API creates one in a closed datacenter), as an account that was there before it closed.
    private static async Task AddDiskAsync(HostingApiFactory server, string key, int datacenterId)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        var accountId = await db.Accounts.Where(a => a.ApiKey == key).Select(a => a.Id).SingleAsync();
        db.Disks.Add(Disk.CreateData(accountId, datacenterId, "there-before", Disk.DefaultSizeBytes, null, DateTime.UtcNow));
        await db.SaveChangesAsync();
    }
}
