using System.Text.RegularExpressions;
using HostingApi.Tests.Infrastructure;
using Serilog.Events;
using Serilog.Formatting.Display;

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

    [Fact]
    public async Task MethodNameWithALineBreak_IsLoggedEscapedOnOneLine_WithNoForgedLine()
    {
        using var client = server.CreateRpcClient();
        const string forged = "[12:00:00.000 INF] hosting.vm.delete answered in 1.000 ms (key#forged00)";

        using var response = await client.PostAsync(
            $"<methodCall><methodName>test.inject&#13;&#10;{forged}</methodName><params/></methodCall>");

        XmlRpcTestClient.Decode(await response.Content.ReadAsStringAsync()).ShouldFault(1)
            .FaultString.Should().Contain("test.inject\r\n" + forged, "the client's fault text is not the log's business");
        var logged = server.Logs.Events.Where(e => e.Properties.ContainsKey("RpcMethod") && e.RenderMessage().Contains("test.inject")).ToList();
        logged.Should().ContainSingle();
        var line = Render(logged[0]);
        line.Should().Contain("test.inject\\r\\n" + forged).And.EndWith(Environment.NewLine);
        line.TrimEnd().Should().NotContainAny("\r", "\n");
        string.Concat(server.Logs.Events.Select(Render)).Split('\n').Should().NotContain(l => l.StartsWith(forged, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HugeMethodName_IsLoggedCut()
    {
        using var client = server.CreateRpcClient();
        var name = "test.huge" + new string('x', 1_000_000);

        await client.PostAsync($"<methodCall><methodName>{name}</methodName><params/></methodCall>");

        var logged = server.Logs.Events.Single(e => e.Properties.ContainsKey("RpcMethod") && e.RenderMessage().Contains("test.huge"));
        Render(logged).Length.Should().BeLessThan(400);
        Render(logged).Should().Contain($"...({name.Length} chars)");
    }

    // As the console sink writes it (appsettings' outputTemplate): what a reader of the log sees.
    private static string Render(LogEvent e)
    {
        using var text = new StringWriter();
        new MessageTemplateTextFormatter("[{Timestamp:HH:mm:ss.fff} {Level:u3}] {Message:lj}{NewLine}{Exception}").Format(e, text);
        return text.ToString();
    }

    [GeneratedRegex(@"correlation id ([0-9a-f]{12})\]")]
    private static partial Regex CorrelationId();
}
