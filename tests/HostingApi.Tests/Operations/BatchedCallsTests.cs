using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Operations;

/// <summary>
/// Calls a client sends before it looks cannot see each other's effects: under the Instant policy an
/// operation finishes at a read of its account, never in the background or at another call.
/// </summary>
public class BatchedCallsTests
{
    private const string Key = HostingApiFactory.DefaultKey;

    // Long enough for the background processor to have run anything it would run.
    private static readonly TimeSpan ProcessorTime = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task DiskDelete_OfADiskThenOfItsSnapshot_BothSucceed_AsGandiCliSendsThem()
    {
        await using var server = new HostingApiFactory();
        using var client = server.CreateRpcClient();
        var (data, snapshot) = await DiskWithSnapshotAsync(client);

        // gandi disk delete SNAP DATA: sorted, both deletes sent, and only then the wait.
        var first = (await client.CallAsync("hosting.disk.delete", Key, data)).ShouldSucceed().Struct;
        await Task.Delay(ProcessorTime);
        var second = (await client.CallAsync("hosting.disk.delete", Key, snapshot)).ShouldSucceed().Struct;

        (await client.CallAsync("operation.info", Key, first["id"])).Struct["step"].Should().Be("DONE");
        (await client.CallAsync("operation.info", Key, second["id"])).Struct["step"].Should().Be("DONE");
        (await client.CallAsync("hosting.disk.info", Key, data)).ShouldFault(530442);
        (await client.CallAsync("hosting.disk.info", Key, snapshot)).ShouldFault(530442);
    }

    [Fact]
    public async Task InstantOperation_IsNotFinished_ByTheProcessorOrAnotherAccountsRead()
    {
        await using var server = new HostingApiFactory();
        using var client = server.CreateRpcClient();
        var (data, _) = await DiskWithSnapshotAsync(client);

        var delete = (await client.CallAsync("hosting.disk.delete", Key, data)).ShouldSucceed().Struct;
        await Task.Delay(ProcessorTime);
        (await client.CallAsync("hosting.disk.list", HostingApiFactory.SharesKey)).ShouldSucceed();
        (await client.CallAsync("operation.list", HostingApiFactory.SharesKey)).ShouldSucceed();

        // The same account's mutation does not finish it either: the disk is still there, being deleted.
        (await client.CallAsync("hosting.disk.delete", Key, data)).ShouldFault(530460);
        var polled = (await client.CallAsync("operation.info", Key, delete["id"])).Struct;
        polled["step"].Should().Be("DONE", "the client's first poll sees it finished");
    }

    private static async Task<(object Data, object Snapshot)> DiskWithSnapshotAsync(XmlRpcTestClient client)
    {
        var created = (await client.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 1024 })).Struct;
        var data = created["disk_id"]!;
        (await client.CallAsync("operation.info", Key, created["id"])).Struct["step"].Should().Be("DONE");
        var snap = (await client.CallAsync("hosting.disk.create_from", Key, new Dictionary<string, object?> { ["type"] = "snapshot" }, data)).ShouldSucceed().Struct;
        (await client.CallAsync("operation.info", Key, snap["id"])).Struct["step"].Should().Be("DONE");
        return (data, snap["disk_id"]!);
    }
}
