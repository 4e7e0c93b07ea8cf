using System.Text.Json;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Emulator;

/// <summary>GET/DELETE /_emulator/journal: what a call leaves, redaction, filters, unmatched calls and their hints.</summary>
public sealed class JournalTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>, IAsyncLifetime
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
    public async Task ACall_IsRecorded_WithItsTaggedAccount_Params_Result_Duration_AndTestId()
    {
        using var client = server.CreateRpcClient();
        client.Http.DefaultRequestHeaders.Add("X-Emulator-Test-Id", "journal-1");

        (await client.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 10240, ["name"] = "jdisk" })).ShouldSucceed();

        var entry = (await _control.JournalAsync("?method=hosting.disk.create")).GetProperty("calls").EnumerateArray().Single();
        entry.GetProperty("account").GetString().Should().MatchRegex("^key#[0-9a-f]{8}$");
        entry.GetProperty("params")[0].GetString().Should().Be(entry.GetProperty("account").GetString());
        entry.GetProperty("params")[1].GetProperty("name").GetString().Should().Be("jdisk");
        entry.GetProperty("result").GetProperty("step").GetString().Should().NotBeNullOrEmpty();
        entry.GetProperty("operations")[0].GetInt64().Should().Be(entry.GetProperty("result").GetProperty("id").GetInt64());
        entry.GetProperty("fault").ValueKind.Should().Be(JsonValueKind.Null);
        entry.GetProperty("duration_ms").GetDouble().Should().BeGreaterThan(0);
        entry.GetProperty("test_id").GetString().Should().Be("journal-1");
        DateTimeOffset.Parse(entry.GetProperty("time").GetString()!).Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Secrets_NeverAppearWhole_InAnyJournalJson()
    {
        using var client = server.CreateRpcClient();
        await client.CallAsync("hosting.account.info", Key);
        await client.CallAsync("hosting.account.info", "0123456789abcdefABCDEF0"); // malformed: its fault quotes it
        await client.CallAsync("no.such.method", Key);
        await client.CallAsync("test.echo", new Dictionary<string, object?> { ["password"] = "hunter2-secret", ["user"] = "me" });
        var session = (string)(await client.CallAsync("login", "HA1-GANDI", "hostingapi")).ShouldSucceed().Value!;
        await client.CallAsync("system.multicall", new List<object?>
        {
            new Dictionary<string, object?> { ["methodName"] = "hosting.account.info", ["params"] = new List<object?> { Key } },
        });

        var all = await _control.JournalTextAsync() + await _control.JournalTextAsync("journal/unmatched");

        all.Should().NotContain(Key).And.NotContain("0123456789abcdefABCDEF0").And.NotContain("hunter2-secret")
            .And.NotContain("hostingapi\"").And.NotContain(session);
        all.Should().Contain("\"user\":\"me\"").And.Contain("***");
    }

    [Fact]
    public async Task Filters_Method_Account_Fault_TestId_Since_Limit_AndCount()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var tagged = server.CreateRpcClient();
        tagged.Http.DefaultRequestHeaders.Add("X-Emulator-Test-Id", "filters");
        await tagged.CallAsync("hosting.account.info", Key);
        await tagged.CallAsync("hosting.account.info", HostingApiFactory.SharesKey);
        await tagged.CallAsync("test.optional");
        await server.CallAsync("hosting.datacenter.list", Key);

        async Task<int> CountAsync(string query) => (await _control.SendAsync(HttpMethod.Get, "journal/count" + query)).Body.GetProperty("count").GetInt32();

        (await CountAsync("?method=hosting.account.info")).Should().Be(2);
        (await CountAsync("?method=hosting.*")).Should().Be(3);
        (await CountAsync($"?account={Key}")).Should().Be(2);
        (await CountAsync("?fault=true")).Should().Be(1);
        (await CountAsync("?fault=false")).Should().Be(3);
        (await CountAsync("?fault=501637")).Should().Be(1);
        (await CountAsync("?test_id=filters")).Should().Be(3);
        (await CountAsync($"?since={Uri.EscapeDataString(before.ToString("O"))}")).Should().Be(4);
        (await CountAsync($"?since={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}")).Should().Be(0);
        var limited = (await _control.JournalAsync("?limit=2")).GetProperty("calls");
        limited.GetArrayLength().Should().Be(2);
        limited[1].GetProperty("method").GetString().Should().Be("hosting.datacenter.list", "the latest calls, oldest first");
    }

    [Theory]
    [InlineData("?fault=maybe", "fault:")]
    [InlineData("?since=yesterday", "since:")]
    [InlineData("?limit=0", "limit:")]
    [InlineData("?tenant=x", "tenant: unknown filter")]
    public async Task BadFilter_Is400_NamingIt(string query, string message)
    {
        foreach (var path in new[] { "journal", "journal/count", "journal/unmatched" })
        {
            var (status, body) = await _control.SendAsync(HttpMethod.Get, path + query);
            status.Should().Be(400);
            body.GetProperty("message").GetString().Should().StartWith(message);
        }
    }

    [Fact]
    public async Task Delete_ClearsTheJournal()
    {
        await server.CallAsync("test.echo", 1);

        (await _control.SendAsync(HttpMethod.Delete, "journal")).Status.Should().Be(200);

        (await _control.SendAsync(HttpMethod.Get, "journal/count")).Body.GetProperty("count").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Unmatched_ExplainsUnknownMethods_Arity_Types_MalformedXml_AndOversizedBodies()
    {
        using var client = server.CreateRpcClient();
        await client.CallAsync("hosting.disk.lst", Key);
        await client.CallAsync("hosting.disk.info", Key);
        await client.CallAsync("hosting.disk.info", Key, "seven");
        await client.PostAsync("<methodCall>\n<methodName>x</methodName>\n<params><param><value><int>1</value></param></params></methodCall>");
        ((int)await TooLargeAsync(client)).Should().Be(413);

        await client.CallAsync("hosting.disk.list", Key); // served: not listed

        var calls = (await _control.JournalAsync()).GetProperty("calls").GetArrayLength();
        var unmatched = (await _control.SendAsync(HttpMethod.Get, "journal/unmatched")).Body.GetProperty("calls").EnumerateArray()
            .Select(e => e.GetProperty("unmatched")).ToList();

        calls.Should().Be(6);
        unmatched.Select(u => u.GetProperty("kind").GetString()).Should().Equal("unknown_method", "wrong_arity", "wrong_type", "malformed", "too_large");
        unmatched[0].GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()).Should().Contain("hosting.disk.list");
        unmatched[1].GetProperty("signature").GetString().Should().Be("hosting.disk.info(string apikey, int disk_id)");
        unmatched[2].GetProperty("signature").GetString().Should().StartWith("hosting.disk.info(");
        unmatched[3].GetProperty("line").GetInt32().Should().Be(3);
        unmatched[3].GetProperty("position").GetInt32().Should().BeGreaterThan(0);
        unmatched[4].GetProperty("message").GetString().Should().Contain("413");
    }

    // Announced with Expect: 100-continue, so the 413 comes before the body is sent (no broken pipe).
    private static async Task<System.Net.HttpStatusCode> TooLargeAsync(XmlRpcTestClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "xmlrpc/") { Content = new ByteArrayContent(new byte[9 * 1024 * 1024]) };
        request.Headers.ExpectContinue = true;
        using var response = await client.Http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task MalformedAndOversizedRequests_AreLogged_OneEscapedLineEach()
    {
        using var client = server.CreateRpcClient();
        await client.PostAsync("<methodCall><methodName>a\u0001b</methodCall>");
        await TooLargeAsync(client);

        var text = server.Logs.Events.Select(e => e.RenderMessage()).ToList();
        text.Should().Contain(l => l.StartsWith("malformed request faulted 500020", StringComparison.Ordinal));
        text.Should().Contain(l => l.StartsWith("request body refused with 413", StringComparison.Ordinal));
        text.Where(l => l.StartsWith("malformed", StringComparison.Ordinal)).Should().OnlyContain(l => !l.Contains('\n') && !l.Contains('\r'));
    }
}
