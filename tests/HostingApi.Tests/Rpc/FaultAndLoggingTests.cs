using System.Text.RegularExpressions;
using HostingApi.Tests.Infrastructure;
using Serilog.Events;

namespace HostingApi.Tests.Rpc;

public partial class FaultAndLoggingTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    private const string Key = "0123456789abcdefABCDEF01";

    [Fact]
    public async Task UnexpectedException_Gets150000WithACorrelationIdThatIsAlsoLogged()
    {
        using var client = server.CreateRpcClient();

        var result = await client.CallAsync("test.throw");

        result.ShouldFault(150000).FaultString.Should().StartWith("Error on object : OBJECT_APPLICATION (CAUSE_UNKNOWN) [Internal Server Error; correlation id ");
        result.FaultString.Should().NotContain("boom", "exception details stay in the server log");
        var correlationId = CorrelationId().Match(result.FaultString!).Groups[1].Value;
        var logged = server.Logs.Events.Should().Contain(e => e.Level == LogEventLevel.Error
            && e.Properties.ContainsKey("CorrelationId") && e.Properties["CorrelationId"].ToString() == $"\"{correlationId}\"").Which;
        logged.Exception!.Message.Should().Contain("boom");
    }

    [Fact]
    public async Task EveryCall_LogsOneStructuredLine_WithTheKeyRedacted()
    {
        using var client = server.CreateRpcClient();

        await client.CallAsync("test.key", Key);
        await client.CallAsync("test.optional");

        var answered = server.Logs.Events.Where(e => e.Properties.TryGetValue("RpcMethod", out var m) && m.ToString() == "\"test.key\"").ToList();
        answered.Should().ContainSingle();
        answered[0].Properties.Should().ContainKeys("ElapsedMs", "ApiKey");
        answered[0].Properties["ApiKey"].ToString().Should().MatchRegex("^\"key#[0-9a-f]{8}\"$");
        var faulted = server.Logs.Events.Single(e => e.Properties.TryGetValue("RpcMethod", out var m) && m.ToString() == "\"test.optional\"");
        faulted.Properties["FaultCode"].ToString().Should().Be("501637");
        server.Logs.AllText().Should().NotContain(Key, "an API key is a secret");
    }

    [Fact]
    public async Task RequestBodies_AreNeverLogged()
    {
        using var client = server.CreateRpcClient();

        await client.CallAsync("test.echo", "a-distinctive-body-marker");

        server.Logs.AllText().Should().NotContain("a-distinctive-body-marker");
    }

    [GeneratedRegex(@"correlation id ([0-9a-f]{12})\]")]
    private static partial Regex CorrelationId();
}
