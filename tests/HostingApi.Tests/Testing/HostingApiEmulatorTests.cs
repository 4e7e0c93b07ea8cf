using HostingApi.Core.Operations;
using HostingApi.Hosting;
using HostingApi.Testing;
using HostingApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HostingApi.Tests.Testing;

/// <summary>HostingApi.Testing's fixture: the real server in-process, on a free loopback port, in memory.</summary>
public sealed class HostingApiEmulatorTests
{
    [Fact]
    public async Task StartAsync_ServesXmlRpc_WithAKeyThatWorks()
    {
        await using var emulator = await HostingApiEmulator.StartAsync();
        using var client = new XmlRpcTestClient(new HttpClient { BaseAddress = emulator.BaseUrl });

        var datacenters = await client.CallAsync("hosting.datacenter.list", emulator.ApiKey);

        emulator.BaseUrl.Host.Should().Be("127.0.0.1");
        emulator.XmlRpcUrl.Should().Be(new Uri(emulator.BaseUrl, "xmlrpc/"));
        datacenters.Array.Should().NotBeEmpty();
        (await emulator.Control.HealthAsync()).GetProperty("status").GetString().Should().Be("ok");
    }

    [Fact]
    public async Task TwoEmulators_AreApart_AndSettingsApply()
    {
        var held = new HostingApiEmulatorOptions { FreshAccount = false };
        held.Settings["Operations:Default:Mode"] = "Held";
        await using var first = await HostingApiEmulator.StartAsync(held);
        await using var second = await HostingApiEmulator.StartAsync();

        first.BaseUrl.Should().NotBe(second.BaseUrl);
        first.ApiKey.Should().Be(HostingApiEmulator.DefaultApiKey);
        first.Services.GetRequiredService<OperationQueueOptions>().Default.Mode.Should().Be(OperationMode.Held);
    }

    [Fact]
    public void TheLaunchProfile_AndTheReexec_ApplyTheSameRuntimeSettings()
    {
        var profile = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("src/HostingApi/Properties/launchSettings.json")));
        var variables = profile.RootElement.GetProperty("profiles").GetProperty("HostingApi").GetProperty("environmentVariables")
            .EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

        RuntimeSettings.Variables.Should().Equal(variables);
    }
}
