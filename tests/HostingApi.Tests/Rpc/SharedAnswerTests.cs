using System.IO.Compression;
using System.Text;
using HostingApi.Dialects.Gandi.Endpoint;
using HostingApi.Tests.Infrastructure;
using HostingApi.XmlRpc;

namespace HostingApi.Tests.Rpc;

/// <summary>
/// Cached reads are sent as documents encoded once (<see cref="SharedAnswers"/>): the same bytes
/// while nothing changes, a new document as soon as a write does, and the usual envelope wherever
/// the value travels inside another answer.
/// </summary>
public class SharedAnswerTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    private const string Key = HostingApiFactory.DefaultKey;

    [Fact]
    public async Task RepeatedReads_AnswerTheSameDocument_UntilAWriteChangesTheDisk()
    {
        using var client = server.CreateRpcClient();
        var diskId = await CreateDiskAsync(client, "shared-before");
        var list = XmlRpcTestClient.BuildCall("hosting.disk.list", Key, new Dictionary<string, object?> { ["id"] = diskId });
        var info = XmlRpcTestClient.BuildCall("hosting.disk.info", Key, diskId);

        var firstList = await BodyAsync(client, list);
        var firstInfo = await BodyAsync(client, info);
        (await BodyAsync(client, list)).Should().Be(firstList);
        (await BodyAsync(client, info)).Should().Be(firstInfo);
        firstList.Should().Contain("shared-before");

        (await client.CallAsync("hosting.disk.update", Key, diskId, new Dictionary<string, object?> { ["name"] = "shared-after" })).ShouldSucceed();

        var listed = (Dictionary<string, object?>)XmlRpcTestClient.Decode(await BodyAsync(client, list)).Array.Single()!;
        listed["name"].Should().Be("shared-after");
        XmlRpcTestClient.Decode(await BodyAsync(client, info)).Struct["name"].Should().Be("shared-after");
    }

    [Fact]
    public async Task SharedAnswer_IsGzippedWhenAsked_AndDecompressesToThePlainDocument()
    {
        using var client = server.CreateRpcClient();
        await CreateDiskAsync(client, "shared-gzip-a");
        await CreateDiskAsync(client, "shared-gzip-b");
        var list = XmlRpcTestClient.BuildCall("hosting.disk.list", Key);

        var plain = await BodyAsync(client, list);
        var request = new HttpRequestMessage(HttpMethod.Post, "xmlrpc/") { Content = new StringContent(list, Encoding.UTF8, "text/xml") };
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var zipped = await client.Http.SendAsync(request);

        plain.Length.Should().BeGreaterThan(1400, "two disks are past the gzip threshold");
        zipped.Content.Headers.ContentEncoding.Should().Equal("gzip");
        await using var gzip = new GZipStream(await zipped.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        (await new StreamReader(gzip).ReadToEndAsync()).Should().Be(plain);
    }

    [Fact]
    public async Task Multicall_CarriesACachedRead_InsideItsOwnAnswer()
    {
        using var client = server.CreateRpcClient();
        var diskId = await CreateDiskAsync(client, "shared-multicall");
        var direct = XmlRpcTestClient.Decode(await BodyAsync(client, XmlRpcTestClient.BuildCall("hosting.disk.info", Key, diskId))).Struct;

        var results = (await client.CallAsync("system.multicall", new List<object>
        {
            new Dictionary<string, object?> { ["methodName"] = "hosting.disk.info", ["params"] = new List<object> { Key, diskId } },
        })).Array;

        var wrapped = (List<object?>)results.Single()!;
        wrapped.Single().Should().BeEquivalentTo(direct);
    }

    [Fact]
    public void SharedValues_AreEncodedOnceFromTheirSecondRead_OnePerNilRule()
    {
        var shared = new XmlRpcStruct { { "name", "disk" }, { "kernel_cmdline", XmlRpcValue.Nil } };
        var other = new XmlRpcStruct { { "name", "disk" } };
        SharedAnswers.Share(shared);
        SharedAnswers.Share(XmlRpcValue.FromString("a scalar has no container to key on"));

        SharedAnswers.Find(shared, allowNil: true).Should().BeNull("the first read is answered the ordinary way");
        var withNil = SharedAnswers.Find(shared, allowNil: true);
        var withoutNil = SharedAnswers.Find(shared, allowNil: false);

        SharedAnswers.Find(other, allowNil: true).Should().BeNull("a value nobody shared may be changed by its builder");
        SharedAnswers.Find(other, allowNil: true).Should().BeNull();
        SharedAnswers.Find(XmlRpcValue.FromString("a scalar has no container to key on"), allowNil: true).Should().BeNull();
        SharedAnswers.Find(shared, allowNil: true).Should().BeSameAs(withNil, "it is encoded once");
        withNil.Should().Equal(XmlRpcWriter.ResponseToBytes(shared));
        Encoding.UTF8.GetString(withNil!).Should().Contain("<nil/>");
        withoutNil.Should().Equal(XmlRpcWriter.ResponseToBytes(shared, XmlRpcWriterOptions.WithoutNil));
        Encoding.UTF8.GetString(withoutNil!).Should().NotContain("<nil/>", "legacy clients cannot read nil");
    }

    private static async Task<long> CreateDiskAsync(XmlRpcTestClient client, string name)
    {
        var operation = (await client.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["name"] = name })).Struct;
        return (long)operation["disk_id"]!;
    }

    private static async Task<string> BodyAsync(XmlRpcTestClient client, string call)
    {
        using var response = await client.PostAsync(call);
        return await response.Content.ReadAsStringAsync();
    }
}
