using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Rpc;

public class EndpointTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    private static readonly string ListMethods = XmlRpcTestClient.BuildCall("system.listMethods");

    [Theory]
    [InlineData("xmlrpc/")]
    [InlineData("xmlrpc")]
    [InlineData("")]
    [InlineData("RPC2")]
    public async Task Post_OnEachAlias_AnswersTheCall(string path)
    {
        using var client = server.CreateRpcClient();

        using var response = await client.PostAsync(ListMethods, path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/xml");
        XmlRpcTestClient.Decode(await response.Content.ReadAsStringAsync()).Array.Should().Contain("system.multicall");
    }

    [Fact]
    public async Task Get_AnswersAHelpPageSayingWhereToPointAClient()
    {
        using var client = server.CreateRpcClient();

        using var response = await client.Http.GetAsync("xmlrpc/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var page = await response.Content.ReadAsStringAsync();
        page.Should().Contain("Gandi").And.Contain($"{server.RootUri}xmlrpc/").And.Contain("xmlrpc.client.ServerProxy");
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherVerbs_Get405(string verb)
    {
        using var client = server.CreateRpcClient();

        using var response = await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(verb), "xmlrpc/"));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Fault_TravelsInHttp200()
    {
        using var client = server.CreateRpcClient();

        using var response = await client.PostAsync(XmlRpcTestClient.BuildCall("no.such.method"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        XmlRpcTestClient.Decode(await response.Content.ReadAsStringAsync())
            .ShouldFault(1).FaultString.Should().Be("Method \"no.such.method\" is not supported");
    }

    [Fact]
    public async Task Http10Request_AsPhpSendsIt_IsAnswered()
    {
        var body = Encoding.ASCII.GetBytes(ListMethods);
        var head = $"POST /xmlrpc/ HTTP/1.0\r\nUser-Agent: XML-RPC for PHP 4.11.5\r\nHost: 127.0.0.1\r\n"
            + $"Accept-Charset: UTF-8,ISO-8859-1,US-ASCII\r\nContent-Type: text/xml\r\nContent-Length: {body.Length}\r\n\r\n";

        var raw = await SendRawAsync([.. Encoding.ASCII.GetBytes(head), .. body], expectedResponses: 1);

        raw.Should().StartWith("HTTP/1.1 200").And.Contain("<methodResponse>").And.Contain("system.listMethods");
    }

    [Fact]
    public async Task KeepAlive_TwoCallsOnOneConnection_AreBothAnswered()
    {
        var body = Encoding.ASCII.GetBytes(ListMethods);
        var request = Encoding.ASCII.GetBytes(
            $"POST /xmlrpc/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml\r\nContent-Length: {body.Length}\r\n\r\n").Concat(body).ToArray();

        var raw = await SendRawAsync([.. request, .. request], expectedResponses: 2);

        raw.Split("HTTP/1.1 200 OK").Should().HaveCount(3, "both calls are answered on the same connection");
    }

    [Fact]
    public async Task LargeResponse_IsGzippedOnlyWhenTheClientAsks()
    {
        var call = XmlRpcTestClient.BuildCall("test.echo", new string('x', 5000));
        using var client = server.CreateRpcClient();

        using var plain = await client.PostAsync(call);
        var zippedRequest = new HttpRequestMessage(HttpMethod.Post, "xmlrpc/") { Content = new StringContent(call, Encoding.UTF8, "text/xml") };
        zippedRequest.Headers.AcceptEncoding.ParseAdd("gzip");
        using var zipped = await client.Http.SendAsync(zippedRequest);

        plain.Content.Headers.ContentEncoding.Should().BeEmpty("Perl's client sends no Accept-Encoding and dies on gzip");
        zipped.Content.Headers.ContentEncoding.Should().Equal("gzip");
        await using var gzip = new GZipStream(await zipped.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        var text = await new StreamReader(gzip).ReadToEndAsync();
        XmlRpcTestClient.Decode(text).Value.Should().Be(new string('x', 5000));
    }

    [Fact]
    public async Task SmallResponse_IsNotGzippedEvenWhenAsked()
    {
        using var client = server.CreateRpcClient();
        var small = XmlRpcTestClient.BuildCall("test.optional", 1);
        var request = new HttpRequestMessage(HttpMethod.Post, "xmlrpc/") { Content = new StringContent(small, Encoding.UTF8, "text/xml") };
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await client.Http.SendAsync(request);

        response.Content.Headers.ContentEncoding.Should().BeEmpty("compressing a few hundred bytes costs more than it saves");
    }

    private async Task<string> SendRawAsync(byte[] request, int expectedResponses)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.RootUri.Host, server.RootUri.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(request);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = new StringBuilder();
        var buffer = new byte[8192];
        while (!timeout.IsCancellationRequested)
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            received.Append(Encoding.UTF8.GetString(buffer, 0, read));
            if (CountOccurrences(received.ToString(), "</methodResponse>") >= expectedResponses)
            {
                break;
            }
        }

        return received.ToString();
    }

    private static int CountOccurrences(string text, string value) => text.Split(value).Length - 1;
}
