using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Operations;

/// <summary>
/// Kill the server (SIGKILL) while operations are pending, start it again on the same database:
/// every operation finishes and every object reaches its final state. Nothing a client was told is lost.
/// </summary>
public class RestartRecoveryTests
{
    private const string Key = HostingApiFactory.DefaultKey;

    [Fact]
    public async Task PendingOperations_FinishAfterACrashAndRestart()
    {
        var directory = ScratchFolders.Create("hostingapi-restart-");
        string[] timed = ["--Operations:Default:Mode", "Timed", "--Operations:Default:WaitSeconds", "2", "--Operations:Default:RunSeconds", "2"];
        var created = new List<Dictionary<string, object?>>();

        var first = await ServerProcess.StartInAsync(directory, timed);
        using (var client = Client(first))
        {
            for (var i = 0; i < 5; i++)
            {
                created.Add((await client.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 1024 })).Struct);
            }

            var steps = await StepsAsync(client, created);
            steps.Should().OnlyContain(s => s == "WAIT" || s == "RUN", "the crash must come while they are pending");
        }

        await first.KillAsync();
        await first.DisposeAsync();

        await using var second = await ServerProcess.StartInAsync(directory, timed);
        using var again = Client(second);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<string> after;
        do
        {
            await Task.Delay(250);
            after = await StepsAsync(again, created);
        }
        while (after.Any(s => s != "DONE") && DateTime.UtcNow < deadline);

        after.Should().OnlyContain(s => s == "DONE");
        foreach (var operation in created)
        {
            (await again.CallAsync("hosting.disk.info", Key, operation["disk_id"])).Struct["state"].Should().Be("created");
        }

        (await again.CallAsync("operation.count", Key)).ShouldSucceed().Value.Should().Be(5L, "state survives a restart");
    }

    private static XmlRpcTestClient Client(ServerProcess server) => new(new HttpClient { BaseAddress = new Uri(server.XmlRpcUri, "/") });

    private static async Task<List<string>> StepsAsync(XmlRpcTestClient client, IEnumerable<Dictionary<string, object?>> operations)
    {
        var steps = new List<string>();
        foreach (var operation in operations)
        {
            steps.Add((string)(await client.CallAsync("operation.info", Key, operation["id"])).Struct["step"]!);
        }

        return steps;
    }
}
