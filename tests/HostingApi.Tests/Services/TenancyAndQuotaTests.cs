using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Services;

public class TenancyAndQuotaTests
{
    private const string Key = HostingApiFactory.DefaultKey;
    private const string OtherKey = HostingApiFactory.SharesKey;

    [Fact]
    public async Task AnotherAccountsObjects_AnswerExactlyLikeMissingOnes()
    {
        await using var server = new HostingApiFactory();
        using var client = server.CreateRpcClient();
        var created = (await client.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct;
        var diskId = (long)created["disk_id"]!;
        var operationId = (long)created["id"]!;

        var foreignDisk = await client.CallAsync("hosting.disk.info", OtherKey, diskId);
        var foreignOperation = await client.CallAsync("operation.info", OtherKey, operationId);

        foreignDisk.ShouldFault(530442).FaultString.Should().Be($"Error on object : OBJECT_DISK (CAUSE_NOTFOUND) [Disk '{diskId}' doesn't exist.]");
        (await client.CallAsync("hosting.disk.info", OtherKey, 999_999)).ShouldFault(530442)
            .FaultString.Should().Be("Error on object : OBJECT_DISK (CAUSE_NOTFOUND) [Disk '999999' doesn't exist.]");
        foreignOperation.ShouldFault(510242).FaultString.Should().Be($"Error on object : OBJECT_OPERATION (CAUSE_NOTFOUND) [Operation '{operationId}' doesn't exist.]");
        (await client.CallAsync("operation.list", OtherKey)).Array.Should().BeEmpty();
        (await client.CallAsync("operation.count", OtherKey)).ShouldSucceed().Value.Should().Be(0L);
        (await client.CallAsync("operation.cancel", OtherKey, operationId)).ShouldFault(510242);
        (await client.CallAsync("operation.count", Key)).ShouldSucceed().Value.Should().Be(1L);
    }

    [Fact]
    public async Task UnknownKey_GetsTheObservedFault()
    {
        await using var server = new HostingApiFactory();
        using var client = server.CreateRpcClient();

        (await client.CallAsync("hosting.account.info", "abcdefghijklmnopqrstuvwx")).ShouldFault(510150)
            .FaultString.Should().Be("Error on object : OBJECT_ACCOUNT (CAUSE_NORIGHT) [Invalid API key]");
    }

    [Fact]
    public async Task ParallelCreates_NeverTakeTheAccountPastItsQuota()
    {
        const string smallKey = "smallquotaaccount0000001";
        await using var server = HostingApiFactory.WithSettings(new()
        {
            ["Accounts:2:Handle"] = "SQ1-GANDI",
            ["Accounts:2:ApiKey"] = smallKey,
            ["Accounts:2:Model"] = "shares",
            ["Accounts:2:Quota:Disk"] = "10240",
        });

        var attempts = await Task.WhenAll(Enumerable.Range(0, 30).Select(async _ =>
        {
            using var client = server.CreateRpcClient();
            return await client.CallAsync("hosting.disk.create", smallKey, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 1024 });
        }));

        attempts.Count(a => !a.IsFault).Should().Be(10, "10 disks of 1024 MB fill a 10240 MB quota exactly");
        attempts.Where(a => a.IsFault).Should().AllSatisfy(a =>
        {
            a.FaultCode.Should().Be(530035);
            a.FaultString.Should().Contain("CAUSE_QUOTA_REACHED");
        });
        using var reader = server.CreateRpcClient();
        var resources = (Dictionary<string, object?>)(await reader.CallAsync("hosting.account.info", smallKey)).Struct["resources"]!;
        ((Dictionary<string, object?>)resources["used"]!)["disk"].Should().Be(10240L);
        ((Dictionary<string, object?>)resources["available"]!)["disk"].Should().Be(0L);
    }

    [Fact]
    public async Task SnapshotProfile_MultipliesTheDiskQuotaTaken()
    {
        const string smallKey = "smallquotaaccount0000002";
        await using var server = HostingApiFactory.WithSettings(new()
        {
            ["Accounts:2:Handle"] = "SQ2-GANDI",
            ["Accounts:2:ApiKey"] = smallKey,
            ["Accounts:2:Model"] = "shares",
            ["Accounts:2:Quota:Disk"] = "15000",
        });
        using var client = server.CreateRpcClient();

        (await client.CallAsync("hosting.disk.create", smallKey, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 10240, ["snapshot_profile"] = 2 }))
            .ShouldFault(530035).FaultString.Should().Contain("17408 MB requested").And.Contain("CAUSE_QUOTA_REACHED");
        var made = (await client.CallAsync("hosting.disk.create", smallKey, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 10240, ["snapshot_profile"] = 1 })).Struct;

        var disk = (await client.CallAsync("hosting.disk.info", smallKey, made["disk_id"])).Struct;
        disk["total_size"].Should().Be(12288L, "10240 MB with the minimal profile's factor 1.2");
        ((Dictionary<string, object?>)disk["snapshot_profile"]!)["name"].Should().Be("minimal");
    }
}
