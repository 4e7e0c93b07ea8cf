using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using HostingApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HostingApi.Tests.Services;

/// <summary>
/// The disk quota reads running totals (<c>DiskUsage</c>, kept by the store's triggers) instead of
/// summing the disks: after any mix of calls, bulk deletes, resets, restores and imports they must
/// be exactly the sums of the disks they stand for (ADR-005).
/// </summary>
public sealed class DiskUsageTotalsTests
{
    private const string Key = HostingApiFactory.DefaultKey;

    [Fact]
    public async Task The_totals_equal_the_sums_after_random_operations()
    {
        await using var server = new HostingApiFactory();
        using var rpc = server.CreateRpcClient();
        using var control = server.CreateControlClient();
        var random = new Random(18);
        var keys = new List<string> { Key, await control.NewAccountAsync() };
        var disks = new List<(string Key, long Id)>();
        var answered = 0;

        for (var step = 0; step < 300; step++)
        {
            var key = keys[random.Next(keys.Count)];
            var mine = disks.Where(d => d.Key == key).ToList();
            var disk = mine.Count > 0 ? mine[random.Next(mine.Count)].Id : 0;
            int?[] profiles = [null, 1, 2, 3];
            var result = random.Next(12) switch
            {
                0 or 1 or 2 => await rpc.CallAsync("hosting.disk.create", key, Spec(("datacenter_id", 3), ("size", 1024 * random.Next(1, 6)), ("snapshot_profile", profiles[random.Next(4)]))),
                3 => await rpc.CallAsync("hosting.disk.update", key, disk, Spec(("size", 1024 * random.Next(1, 10)))),
                4 => await rpc.CallAsync("hosting.disk.update", key, disk, Spec(("snapshot_profile", profiles[random.Next(1, 4)]))),
                5 => await rpc.CallAsync("hosting.disk.delete", key, disk),
                6 => await rpc.CallAsync("hosting.disk.create_from", key, Spec(("type", "snapshot")), disk),
                7 => await rpc.CallAsync("hosting.disk.create_from", key, Spec(("datacenter_id", 3)), disk),
                8 => await rpc.CallAsync("hosting.vm.create_from", key, Spec(("datacenter_id", 3), ("hostname", $"vm{step}")), Spec(), 100001),
                9 => await rpc.CallAsync("hosting.disk.rollback_from", key, disk),
                10 => await rpc.CallAsync("hosting.disk.list", key, Spec()),
                _ => await rpc.CallAsync("operation.list", key, Spec()),
            };
            if (!result.IsFault)
            {
                answered++;
            }

            // Every answer names the disk it made (or its operation does): keep the ids of the account's disks current.
            if (step % 10 == 9)
            {
                disks = [.. (await AccountDisksAsync(server)).Where(d => keys.Contains(d.Key))];
                await TotalsShouldEqualSumsAsync(server, $"after step {step}");
            }

            switch (step)
            {
                case 100:
                    (await control.PostAsync("/snapshots/middle")).Status.Should().Be(System.Net.HttpStatusCode.Created);
                    break;
                case 150:
                    (await control.PostAsync($"/accounts/{keys[1]}/reset")).Status.Should().Be(System.Net.HttpStatusCode.OK);
                    await TotalsShouldEqualSumsAsync(server, "after an account's reset");
                    break;
                case 200:
                    (await control.PostAsync("/snapshots/middle/restore")).Status.Should().Be(System.Net.HttpStatusCode.OK);
                    await TotalsShouldEqualSumsAsync(server, "after a restore");
                    break;
                case 250:
                    var state = (await control.GetAsync("/state")).Body!;
                    (await control.PostAsync("/state", state.ToJsonString())).Status.Should().Be(System.Net.HttpStatusCode.OK);
                    await TotalsShouldEqualSumsAsync(server, "after an import");
                    (await control.DeleteAsync($"/accounts/{keys[1]}")).Status.Should().Be(System.Net.HttpStatusCode.NoContent);
                    keys.RemoveAt(1);
                    await TotalsShouldEqualSumsAsync(server, "after an account's deletion");
                    break;
            }
        }

        answered.Should().BeGreaterThan(150, "most calls change something (a fault changes nothing)");
        (await SumsAsync(server)).Should().NotBeEmpty();
        (await control.PostAsync("/reset")).Status.Should().Be(System.Net.HttpStatusCode.OK);
        await TotalsShouldEqualSumsAsync(server, "after a reset");
    }

    private static Dictionary<string, object?> Spec(params (string Name, object? Value)[] members) =>
        members.Where(m => m.Value is not null).ToDictionary(m => m.Name, m => m.Value);

    private static async Task TotalsShouldEqualSumsAsync(HostingApiFactory server, string when)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        var totals = (await db.DiskUsage.AsNoTracking().ToListAsync())
            .Where(u => u.SizeBytes != 0).ToDictionary(u => (u.AccountId, u.ProfileKey), u => u.SizeBytes);
        totals.Should().BeEquivalentTo(await SumsAsync(server), when);
    }

    // The rule QuotaCalculator summed before the totals: an account's data and system disks not in rollback, by profile.
    private static async Task<Dictionary<(int AccountId, int ProfileKey), long>> SumsAsync(HostingApiFactory server)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        var disks = await db.Disks.AsNoTracking()
            .Where(d => d.AccountId != null && (d.Type == DiskType.Data || d.Type == DiskType.System) && d.State != DiskState.Rollback)
            .Select(d => new { AccountId = d.AccountId!.Value, d.SnapshotProfileId, d.SizeBytes })
            .ToListAsync();
        return disks.GroupBy(d => (d.AccountId, d.SnapshotProfileId ?? DiskUsage.NoProfile))
            .Where(g => g.Sum(d => d.SizeBytes) != 0)
            .ToDictionary(g => g.Key, g => g.Sum(d => d.SizeBytes));
    }

    private static async Task<List<(string Key, long Id)>> AccountDisksAsync(HostingApiFactory server)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        var rows = await db.Disks.AsNoTracking().Where(d => d.AccountId != null)
            .Join(db.Accounts, d => d.AccountId, a => a.Id, (d, a) => new { a.ApiKey, d.Id })
            .ToListAsync();
        return [.. rows.Select(r => (r.ApiKey, (long)r.Id))];
    }
}
