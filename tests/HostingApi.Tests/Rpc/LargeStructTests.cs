using System.Diagnostics;
using System.Text;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Rpc;

/// <summary>
/// A struct argument of 160,000 members (7 MB, within every limit) is parsed and bound in time
/// linear in its size: parsing it once took 20 s of a core.
/// </summary>
public class LargeStructTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    private const int Members = 160_000;

    [Theory]
    [InlineData("hosting.disk.list", "unknown filter 'k0'")]
    [InlineData("hosting.disk.create", "k0")]
    public async Task StructOf160000UnknownMembers_GetsAFaultPromptly(string method, string named)
    {
        using var client = server.CreateRpcClient();
        var body = Body(method);

        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync(body);
        var result = XmlRpcTestClient.Decode(await response.Content.ReadAsStringAsync());

        // Generous, so it never flakes on a busy machine; the codec's own figure is in docs/performance.md.
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        result.IsFault.Should().BeTrue();
        result.FaultString.Should().Contain(named);
        (await client.CallAsync("system.listMethods")).Array.Should().NotBeEmpty();
    }

    private static byte[] Body(string method)
    {
        var xml = new StringBuilder($"<methodCall><methodName>{method}</methodName><params>")
            .Append($"<param><value><string>{HostingApiFactory.DefaultKey}</string></value></param><param><value><struct>");
        for (var i = 0; i < Members; i++)
        {
            xml.Append("<member><name>k").Append(i).Append("</name><value/></member>");
        }

        return Encoding.UTF8.GetBytes(xml.Append("</struct></value></param></params></methodCall>").ToString());
    }
}
