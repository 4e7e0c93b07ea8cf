using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Rpc;

/// <summary>The built server as users start it: its own process, from any working directory.</summary>
public class ServerProcessTests
{
    [Fact]
    public async Task StartedFromAnotherDirectory_LoadsItsSettings_AndLogsEachCall()
    {
        await using var server = await ServerProcess.StartAsync();
        using var client = new XmlRpcTestClient(new HttpClient { BaseAddress = new Uri(server.XmlRpcUri, "/") });

        (await client.CallAsync("system.listMethods")).Array.Should().Contain("system.listMethods");

        await WaitForAsync(() => server.Output.Contains("system.listMethods answered in", StringComparison.Ordinal));
        server.Output.Should().Contain("system.listMethods answered in", "appsettings.json configures the console sink");
    }

    [Fact]
    public async Task CommandLineSettings_OverrideAppsettings()
    {
        await using var server = await ServerProcess.StartAsync("--XmlRpc:MaxRequestBytes", "100");
        using var client = new XmlRpcTestClient(new HttpClient { BaseAddress = new Uri(server.XmlRpcUri, "/") });

        using var response = await client.PostAsync(XmlRpcTestClient.BuildCall("test.echo", new string('x', 200)));

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.RequestEntityTooLarge);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 50 && !condition(); i++)
        {
            await Task.Delay(100);
        }
    }
}
