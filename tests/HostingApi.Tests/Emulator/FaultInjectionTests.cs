using System.Diagnostics;
using System.Net;
using System.Text.Json;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Emulator;

/// <summary>POST/GET/DELETE /_emulator/faults: every match kind and every action, over real HTTP.</summary>
public sealed class FaultInjectionTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>, IAsyncLifetime
{
    private const string Key = HostingApiFactory.DefaultKey;
    private readonly FaultJournalClient _control = new(server);

    public Task InitializeAsync() => _control.ClearAsync();

    public Task DisposeAsync()
    {
        _control.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task XmlRpcFault_ByExactMethod_AnswersTheFault_AndIsListedWithItsFiredCount()
    {
        var id = await _control.AddRuleAsync("""{"match": {"method": "test.echo"}, "action": {"type": "xmlrpc_fault", "code": 581042, "string": "injected"}}""");

        (await server.CallAsync("test.echo", "x")).ShouldFault(581042).FaultString.Should().Be("injected");
        (await server.CallAsync("test.optional", 1)).ShouldSucceed();

        var (_, list) = await _control.SendAsync(HttpMethod.Get, "faults");
        var rule = list.GetProperty("rules").EnumerateArray().Single();
        rule.GetProperty("id").GetString().Should().Be(id);
        rule.GetProperty("fired").GetInt64().Should().Be(1);
        var entry = (await _control.JournalAsync("?method=test.echo")).GetProperty("calls").EnumerateArray().Single();
        entry.GetProperty("fault_rule").GetProperty("id").GetString().Should().Be(id);
        entry.GetProperty("fault_rule").GetProperty("action").GetString().Should().Be("xmlrpc_fault");
    }

    [Fact]
    public async Task Glob_Times_AndDelete()
    {
        var id = await _control.AddRuleAsync("""{"match": {"method": "test.*"}, "action": {"type": "xmlrpc_fault", "code": 7, "string": "x"}, "times": 2}""");

        (await server.CallAsync("test.echo", 1)).ShouldFault(7);
        (await server.CallAsync("test.optional", 1)).ShouldFault(7);
        (await server.CallAsync("test.echo", 1)).ShouldSucceed();

        (await _control.SendAsync(HttpMethod.Delete, "faults/" + id)).Status.Should().Be(200);
        (await _control.SendAsync(HttpMethod.Delete, "faults/" + id)).Status.Should().Be(404);
        (await _control.SendAsync(HttpMethod.Get, "faults")).Body.GetProperty("rules").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Account_MatchesTheFirstArgumentKey()
    {
        await _control.AddRuleAsync($$$"""{"match": {"account": "{{{HostingApiFactory.SharesKey}}}"}, "action": {"type": "xmlrpc_fault", "code": 9, "string": "x"}}""");

        (await server.CallAsync("hosting.account.info", Key)).ShouldSucceed();
        (await server.CallAsync("hosting.account.info", HostingApiFactory.SharesKey)).ShouldFault(9);
    }

    [Fact]
    public async Task Param_ByIndexAndPath()
    {
        await _control.AddRuleAsync("""{"match": {"method": "test.echo", "param": {"index": 0, "path": "disk.size", "equals": 10240}}, "action": {"type": "xmlrpc_fault", "code": 11, "string": "x"}}""");

        (await server.CallAsync("test.echo", new Dictionary<string, object?> { ["disk"] = new Dictionary<string, object?> { ["size"] = 10240 } })).ShouldFault(11);
        (await server.CallAsync("test.echo", new Dictionary<string, object?> { ["disk"] = new Dictionary<string, object?> { ["size"] = 20480 } })).ShouldSucceed();
        (await server.CallAsync("test.echo", "no struct")).ShouldSucceed();
    }

    [Fact]
    public async Task Nth_And_Every_CountTheSelectedCalls()
    {
        await _control.AddRuleAsync("""{"match": {"method": "test.echo", "nth": 2}, "action": {"type": "xmlrpc_fault", "code": 12, "string": "x"}}""");
        await _control.AddRuleAsync("""{"match": {"method": "test.optional", "every": 3}, "action": {"type": "xmlrpc_fault", "code": 13, "string": "x"}}""");

        var echo = new List<int?>();
        var optional = new List<int?>();
        for (var i = 0; i < 6; i++)
        {
            echo.Add((await server.CallAsync("test.echo", i)).FaultCode);
            optional.Add((await server.CallAsync("test.optional", i)).FaultCode);
        }

        echo.Should().Equal(null, 12, null, null, null, null);
        optional.Should().Equal(null, null, 13, null, null, 13);
        var rules = (await _control.SendAsync(HttpMethod.Get, "faults")).Body.GetProperty("rules").EnumerateArray()
            .Select(r => (r.GetProperty("seen").GetInt64(), r.GetProperty("fired").GetInt64()));
        rules.Should().Equal((6L, 1L), (6L, 2L));
    }

    [Fact]
    public async Task Probability_WithASeed_IsReproducible()
    {
        async Task<List<bool>> RunAsync()
        {
            await _control.ClearAsync();
            await _control.AddRuleAsync("""{"match": {"method": "test.echo", "probability": 0.5, "seed": 42}, "action": {"type": "xmlrpc_fault", "code": 14, "string": "x"}}""");
            var fired = new List<bool>();
            for (var i = 0; i < 20; i++)
            {
                fired.Add((await server.CallAsync("test.echo", i)).IsFault);
            }

            return fired;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        second.Should().Equal(first);
        first.Should().Contain(true).And.Contain(false);
    }

    [Fact]
    public async Task Probability_WithEveryAndTimes_DrawsOnlyForTheCallsEveryPasses()
    {
        // On a shared store (the PostgreSQL run of this class) the count is the database's and the draw this
        // process's: the sequence must be the one memory gives, a draw per second call, three firings at most.
        await _control.AddRuleAsync("""{"match": {"method": "test.echo", "every": 2, "probability": 0.5, "seed": 7}, "action": {"type": "xmlrpc_fault", "code": 15, "string": "x"}, "times": 3}""");
        var draws = new Random(7);
        var expected = new List<bool>();
        var fired = 0;
        for (var i = 1; i <= 30; i++)
        {
            var fires = fired < 3 && i % 2 == 0 && draws.NextDouble() < 0.5;
            fired += fires ? 1 : 0;
            expected.Add(fires);
        }

        var actual = new List<bool>();
        for (var i = 0; i < 30; i++)
        {
            actual.Add((await server.CallAsync("test.echo", i)).IsFault);
        }

        actual.Should().Equal(expected);
        fired.Should().Be(3, "the seed gives three firings within 30 calls");
        var rule = (await _control.SendAsync(HttpMethod.Get, "faults")).Body.GetProperty("rules").EnumerateArray().Single();
        rule.GetProperty("fired").GetInt64().Should().Be(3);
        rule.GetProperty("seen").GetInt64().Should().Be(expected.LastIndexOf(true) + 1, "a spent rule counts no more calls");
    }

    [Fact]
    public async Task TestId_MatchesTheHeader()
    {
        await _control.AddRuleAsync("""{"match": {"test_id": "mine"}, "action": {"type": "xmlrpc_fault", "code": 15, "string": "x"}}""");
        using var mine = server.CreateRpcClient();
        mine.Http.DefaultRequestHeaders.Add("X-Emulator-Test-Id", "mine");

        (await mine.CallAsync("test.echo", 1)).ShouldFault(15);
        (await server.CallAsync("test.echo", 1)).ShouldSucceed();
    }

    [Fact]
    public async Task Http_AnswersTheStatusWithRetryAfter()
    {
        await _control.AddRuleAsync("""{"match": {"method": "test.echo"}, "action": {"type": "http", "status": 503, "retry_after": 2}}""");
        using var client = server.CreateRpcClient();

        using var response = await client.PostAsync(XmlRpcTestClient.BuildCall("test.echo", 1));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Drop_ClosesTheConnectionWithoutAnAnswer()
    {
        await _control.AddRuleAsync("""{"match": {"method": "test.echo"}, "action": {"type": "drop"}}""");
        using var client = server.CreateRpcClient();

        var send = () => client.PostAsync(XmlRpcTestClient.BuildCall("test.echo", 1));

        await send.Should().ThrowAsync<HttpRequestException>();
        (await server.CallAsync("test.optional", 1)).ShouldSucceed();
    }

    [Fact]
    public async Task Truncate_SendsHalfTheAnswerThenCloses()
    {
        await _control.AddRuleAsync("""{"match": {"method": "test.echo"}, "action": {"type": "truncate"}}""");
        using var client = server.CreateRpcClient();
        var expected = XmlRpcTestClient.BuildCall("test.echo", new string('y', 2000));

        using var request = new HttpRequestMessage(HttpMethod.Post, "xmlrpc/") { Content = new StringContent(expected) };
        using var response = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var announced = response.Content.Headers.ContentLength!.Value;
        var received = new MemoryStream();
        var read = async () => await (await response.Content.ReadAsStreamAsync()).CopyToAsync(received);

        await read.Should().ThrowAsync<Exception>("the body ends before its Content-Length");
        received.Length.Should().BeGreaterThan(0).And.BeLessThan(announced);
        received.Length.Should().Be(announced / 2);
    }

    [Fact]
    public async Task Delay_AnswersLater_ThenNormally()
    {
        await _control.AddRuleAsync("""{"match": {"method": "test.echo"}, "action": {"type": "delay", "ms": 300}}""");

        var clock = Stopwatch.StartNew();
        (await server.CallAsync("test.echo", "late")).ShouldSucceed().Value.Should().Be("late");

        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290));
    }

    [Theory]
    [InlineData("not json", "the body is not JSON")]
    [InlineData("""{"action": {"type": "drop"}, "match": {"methd": "x"}}""", "match.methd: unknown field")]
    [InlineData("""{"match": {}}""", "action: required")]
    [InlineData("""{"action": {"type": "boom"}}""", "action.type: one of xmlrpc_fault")]
    [InlineData("""{"action": {"type": "xmlrpc_fault", "string": "x"}}""", "action.code: required")]
    [InlineData("""{"action": {"type": "http", "status": 200}}""", "action.status: an integer from 400 to 599")]
    [InlineData("""{"action": {"type": "delay", "ms": "soon"}}""", "action.ms: an integer")]
    [InlineData("""{"match": {"nth": 0}, "action": {"type": "drop"}}""", "match.nth: an integer of at least 1")]
    [InlineData("""{"match": {"probability": 2}, "action": {"type": "drop"}}""", "match.probability: a number from 0 to 1")]
    [InlineData("""{"match": {"param": {"path": "a"}}, "action": {"type": "drop"}}""", "match.param.index: required")]
    [InlineData("""{"action": {"type": "drop"}, "times": 0}""", "times: an integer of at least 1")]
    public async Task BadRule_Is400_NamingTheField(string json, string message)
    {
        var (status, body) = await _control.SendAsync(HttpMethod.Post, "faults", json);

        status.Should().Be(400);
        body.GetProperty("error").GetString().Should().Be("bad_rule");
        body.GetProperty("message").GetString().Should().StartWith(message);
        (await _control.SendAsync(HttpMethod.Get, "faults")).Body.GetProperty("rules").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task DeleteAll_RemovesEveryRule()
    {
        await _control.AddRuleAsync("""{"action": {"type": "drop"}, "match": {"method": "nothing.here"}}""");
        await _control.AddRuleAsync("""{"action": {"type": "drop"}, "match": {"method": "nothing.there"}}""");

        var (status, body) = await _control.SendAsync(HttpMethod.Delete, "faults");

        status.Should().Be(200);
        body.GetProperty("removed").GetInt32().Should().Be(2);
        (await _control.SendAsync(HttpMethod.Get, "faults")).Body.GetProperty("rules").ValueKind.Should().Be(JsonValueKind.Array);
    }
}
