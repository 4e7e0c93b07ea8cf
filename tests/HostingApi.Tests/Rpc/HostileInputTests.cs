using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Rpc;

/// <summary>Each hostile or broken body gets a fault or a 4xx, and the server keeps serving.</summary>
public class HostileInputTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    public static TheoryData<string, string> BrokenBodies => new()
    {
        { "billion laughs", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><methodCall><methodName>test.echo</methodName><params><param><value><string>&lol2;</string></value></param></params></methodCall>" },
        { "external entity", "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><methodCall><methodName>test.echo</methodName><params><param><value><string>&xxe;</string></value></param></params></methodCall>" },
        { "truncated XML", "<?xml version='1.0'?><methodCall><methodName>system.listMethods</methodName><params><param><value><str" },
        { "wrong root element", "<methodResponse><params><param><value><int>1</int></value></param></params></methodResponse>" },
        { "not XML at all", "hello" },
        { "empty body", "" },
        { "JSON", "{\"method\": \"system.listMethods\"}" },
    };

    [Theory]
    [MemberData(nameof(BrokenBodies))]
    public async Task BrokenBody_GetsTheMalformedRequestFault_AndTheServerKeepsServing(string because, string body)
    {
        using var client = server.CreateRpcClient();

        using var response = await client.PostAsync(body);

        response.StatusCode.Should().Be(HttpStatusCode.OK, because);
        var result = XmlRpcTestClient.Decode(await response.Content.ReadAsStringAsync());
        result.ShouldFault(500020).FaultString.Should().StartWith("Error on object : OBJECT_UNKNOWN (CAUSE_SYNTAX) [malformed XML-RPC request: ");
        await ServerStillAnswers(client);
    }

    [Fact]
    public async Task ExternalEntity_NeverReadsTheFile()
    {
        using var client = server.CreateRpcClient();

        using var response = await client.PostAsync(
            "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><methodCall><methodName>test.echo</methodName><params><param><value><string>&xxe;</string></value></param></params></methodCall>");

        (await response.Content.ReadAsStringAsync()).Should().NotContain("root:").And.Contain("DTD");
    }

    [Fact]
    public async Task InvalidUtf8_GetsAFaultSayingWhere()
    {
        using var client = server.CreateRpcClient();
        var body = Encoding.ASCII.GetBytes("<methodCall><methodName>test.echo</methodName><params><param><value><string>caf")
            .Concat(new byte[] { 0xC3, 0x28, 0x9C, 0x93 })
            .Concat(Encoding.ASCII.GetBytes("</string></value></param></params></methodCall>")).ToArray();

        using var response = await client.PostAsync(body);

        var result = XmlRpcTestClient.Decode(await response.Content.ReadAsStringAsync());
        result.ShouldFault(500020).FaultString.Should().Contain("line 1, position");
        await ServerStillAnswers(client);
    }

    [Fact]
    public async Task TenThousandDeepNesting_GetsAFault()
    {
        using var client = server.CreateRpcClient();
        var body = "<methodCall><methodName>test.echo</methodName><params><param>"
            + string.Concat(Enumerable.Repeat("<value><array><data>", 10_000))
            + string.Concat(Enumerable.Repeat("</data></array></value>", 10_000))
            + "</param></params></methodCall>";

        using var response = await client.PostAsync(body);

        XmlRpcTestClient.Decode(await response.Content.ReadAsStringAsync()).ShouldFault(500020).FaultString.Should().Contain("nest deeper than 64");
        await ServerStillAnswers(client);
    }

    [Fact]
    public async Task FiftyMegabyteBody_AnnouncedWithExpectContinue_Gets413BeforeItIsSent()
    {
        using var client = server.CreateRpcClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "xmlrpc/") { Content = new ByteArrayContent(FiftyMegabyteCall()) };
        request.Headers.ExpectContinue = true;

        using var response = await client.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        await ServerStillAnswers(client);
    }

    [Fact]
    public async Task FiftyMegabyteBody_SentBlindly_IsCutOffPromptly_AndTheServerKeepsServing()
    {
        // A client that sends without waiting (as Python, Perl and PHP do) gets the 413 and the connection
        // closed under it: it must never hang, and the next client must be served.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.RootUri.Host, server.RootUri.Port);
        var stream = tcp.GetStream();
        var body = FiftyMegabyteCall();
        var head = Encoding.ASCII.GetBytes($"POST /xmlrpc/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml\r\nContent-Length: {body.Length}\r\n\r\n");
        var started = Stopwatch.StartNew();

        var received = new StringBuilder();
        var reading = Task.Run(async () =>
        {
            var buffer = new byte[4096];
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer)) > 0)
                {
                    received.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }
            }
            catch (IOException)
            {
                // A reset after the answer is the expected end.
            }
        });
        try
        {
            await stream.WriteAsync(head);
            for (var offset = 0; offset < body.Length; offset += 1 << 20)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(1 << 20, body.Length - offset)));
            }
        }
        catch (IOException)
        {
            // The server stopped reading: the point of the limit.
        }

        (await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(30)))).Should().Be(reading, "the server must not hang the client");
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
        if (received.Length > 0)
        {
            received.ToString().Should().StartWith("HTTP/1.1 413");
        }

        using var fresh = server.CreateRpcClient();
        await ServerStillAnswers(fresh);
    }

    private static byte[] FiftyMegabyteCall()
    {
        var body = new byte[50 * 1024 * 1024];
        body.AsSpan().Fill((byte)'x');
        Encoding.ASCII.GetBytes("<methodCall><methodName>test.echo</methodName><params><param><value><string>").CopyTo(body, 0);
        return body;
    }

    [Fact]
    public async Task IntegerBeyond64Bits_GetsAFault()
    {
        using var client = server.CreateRpcClient();

        var result = await client.CallAsync("test.echo", new RawValue("<int>99999999999999999999</int>"));

        result.ShouldFault(500020).FaultString.Should().Contain("64-bit range");
    }

    private static async Task ServerStillAnswers(XmlRpcTestClient client) =>
        (await client.CallAsync("system.listMethods")).Array.Should().NotBeEmpty();
}
