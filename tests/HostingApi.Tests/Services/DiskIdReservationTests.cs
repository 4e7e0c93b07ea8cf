using HostingApi.Core.Errors;
using HostingApi.Core.Persistence;
using HostingApi.Core.Services;
using HostingApi.Core.Tenancy;
using HostingApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HostingApi.Tests.Services;

/// <summary>
/// On SQLite a new disk's id is taken before its insert (so the disk, its generated name and its
/// operation are saved together): it must be the id the store would have given, never one given before,
/// and a batch of creates in one change must neither share ids nor escape the quota.
/// </summary>
public sealed class DiskIdReservationTests
{
    private const string Key = HostingApiFactory.DefaultKey;

    [Fact]
    public async Task An_unnamed_disk_is_named_after_the_id_its_operation_names_and_ids_are_never_given_twice()
    {
        await using var server = new HostingApiFactory();
        var first = await CreateAsync(server);
        (await NameAsync(server, first)).Should().Be($"disk{first}");

        // The newest disk's row gone, AUTOINCREMENT still never gives its id again: neither may the reservation.
        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"Disks\" WHERE \"Id\" = {first}");
        }

        var second = await CreateAsync(server);
        second.Should().Be(first + 1);
        (await NameAsync(server, second)).Should().Be($"disk{second}");
        var named = (await server.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["name"] = "mine" })).Struct;
        ((long)named["disk_id"]!).Should().Be(second + 1);
        (await NameAsync(server, second + 1)).Should().Be("mine");
    }

    [Fact]
    public async Task A_batch_of_creates_takes_distinct_ids_and_counts_each_disk_against_the_quota()
    {
        await using var server = new HostingApiFactory();
        var (tenant, left) = await TenantAndDiskLeftAsync(server);

        using (var scope = server.Services.CreateScope())
        {
            var disks = scope.ServiceProvider.GetRequiredService<DiskService>();
            var made = await disks.CreateManyAsync(tenant, [new DiskSpec(3, null, 1L << 30, null), new DiskSpec(3, null, 1L << 30, null)]);
            made.Select(d => d.Id).Should().OnlyHaveUniqueItems();
            made.Select(d => d.Name).Should().Equal(made.Select(d => $"disk{d.Id}"));
        }

        // Each of these fits in what is left, the two together do not: all or none.
        (tenant, left) = await TenantAndDiskLeftAsync(server);
        var half = (left / 2 / (1L << 20) + 1) * (1L << 20);
        using (var scope = server.Services.CreateScope())
        {
            var disks = scope.ServiceProvider.GetRequiredService<DiskService>();
            var refused = async () => await disks.CreateManyAsync(tenant, [new DiskSpec(3, "a", half, null), new DiskSpec(3, "b", half, null)]);
            await refused.Should().ThrowAsync<QuotaExceededError>();
        }

        (await TenantAndDiskLeftAsync(server)).Left.Should().Be(left, "nothing of the refused batch stays");
    }

    private static async Task<long> CreateAsync(HostingApiFactory server) =>
        (long)(await server.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 1024 })).Struct["disk_id"]!;

    private static async Task<string> NameAsync(HostingApiFactory server, long id) =>
        (string)(await server.CallAsync("hosting.disk.info", Key, id)).Struct["name"]!;

    private static async Task<(Tenant Tenant, long Left)> TenantAndDiskLeftAsync(HostingApiFactory server)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.ApiKey == Key);
        var used = await QuotaCalculator.UsedAsync(db, account.Id);
        return (new Tenant(account.Id, account.Handle), account.Granted.DiskBytes - used.DiskBytes);
    }
}
