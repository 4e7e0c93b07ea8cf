using HostingApi.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace HostingApi.Tests.Rpc;

/// <summary>
/// The legacy surface as PHP's phpxmlrpc and Perl's XMLRPC::Lite put it on the wire (the captured
/// bodies of client-quirks.md, session swapped in): numbers as strings, empty structs, and answers
/// PHP can read, i.e. never a nil.
/// </summary>
public class LegacyWireTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    private const string PhpVmCreate = """
        <?xml version="1.0"?>
        <methodCall>
        <methodName>vm_create</methodName>
        <params>
        <param>
        <value><string>SESSION</string></value>
        </param>
        <param>
        <value><string>vmtest1</string></value>
        </param>
        <param>
        <value><string>my_password</string></value>
        </param>
        <param>
        <value><string>111</string></value>
        </param>
        <param>
        <value><string>4</string></value>
        </param>
        <param>
        <value><string>1</string></value>
        </param>
        <param>
        <value><struct>
        <member><name>login</name>
        <value><string>gandi</string></value>
        </member>
        </struct></value>
        </param>
        </params>
        </methodCall>
        """;

    private const string PerlVmCreate =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodCall><methodName>vm_create</methodName><params><param><value><string>SESSION</string></value></param><param><value><string>vmtest2</string></value></param><param><value><string>my_password</string></value></param><param><value><int>111</int></value></param><param><value><int>4</int></value></param><param><value><int>1</int></value></param><param><value><struct><member><name>login</name><value><string>gandi</string></value></member></struct></value></param></params></methodCall>";

    private const string PerlDiskCreateEmptyStruct =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodCall><methodName>disk_create</methodName><params><param><value><string>SESSION</string></value></param><param><value><struct /></value></param></params></methodCall>";

    private const string PhpDiskCreate = """
        <?xml version="1.0"?>
        <methodCall>
        <methodName>disk_create</methodName>
        <params>
        <param>
        <value><string>SESSION</string></value>
        </param>
        <param>
        <value><struct>
        <member><name>size</name>
        <value><string>2048</string></value>
        </member>
        <member><name>name</name>
        <value><string>disk2GB</string></value>
        </member>
        <member><name>fstype</name>
        <value><string>ext3</string></value>
        </member>
        </struct></value>
        </param>
        </params>
        </methodCall>
        """;

    [Theory]
    [InlineData("php", PhpVmCreate)]
    [InlineData("perl", PerlVmCreate)]
    public async Task VmCreate_AsPhpAndPerlSendIt_AnswersAVmIdAndNoNilAnywhere(string client, string body)
    {
        var session = await LoginAsync();

        var vmId = (long)(await PostAsync(body, session)).Value!;

        vmId.Should().BePositive(client);
        foreach (var (method, argument) in new (string, object)[] { ("vm_info", vmId), ("vm_disk_list", vmId) })
        {
            var xml = await RawAsync(XmlRpcTestClient.BuildCall(method, session, argument));
            xml.Should().NotContain("<nil", $"PHP rejects a whole response holding a nil ({method})");
        }
    }

    [Theory]
    [InlineData(PhpDiskCreate, 2048)]
    [InlineData(PerlDiskCreateEmptyStruct, 10240)]
    public async Task DiskCreate_AsPhpAndPerlSendIt_AnswersADiskId(string body, long size)
    {
        var session = await LoginAsync();

        var diskId = (long)(await PostAsync(body, session)).Value!;

        var xml = await RawAsync(XmlRpcTestClient.BuildCall("disk_info", session, diskId));
        xml.Should().NotContain("<nil");
        ((Dictionary<string, object?>)XmlRpcTestClient.Decode(xml).Value!)["size"].Should().Be(size);
    }

    [Fact]
    public async Task OtherLegacyAnswers_NeverHoldANil()
    {
        var session = await LoginAsync();
        var opid = (long)(await server.CallAsync("hosting_account_product_add", session, "disk", 1024, "1m")).ShouldSucceed().Value!;

        foreach (var call in new[] { XmlRpcTestClient.BuildCall("operation_details", session, opid), XmlRpcTestClient.BuildCall("hosting_account_info", session), XmlRpcTestClient.BuildCall("os_list", session) })
        {
            (await RawAsync(call)).Should().NotContain("<nil");
        }
    }

    [Fact]
    public async Task Session_ExpiresAfterTwelveHours()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using var timed = HostingApiFactory.WithClock(clock);
        var session = (string)(await timed.CallAsync("login", "HA2-GANDI", "hostingapi")).ShouldSucceed().Value!;

        clock.Advance(TimeSpan.FromHours(11.9));
        (await timed.CallAsync("vm_list", session)).ShouldSucceed();
        clock.Advance(TimeSpan.FromHours(0.2));

        (await timed.CallAsync("vm_list", session)).ShouldFault(500249).FaultString.Should().Be("DataError: session expired [session: ****]");
    }

    [Fact]
    public async Task Login_AcceptsSafeAsBooleanIntOrString_AsTheThreeClientsSendIt()
    {
        foreach (var safe in new RawValue[] { new("<boolean>0</boolean>"), new("<int>1</int>"), new("<string>1</string>") })
        {
            (await server.CallAsync("login", "HA2-GANDI", "hostingapi", safe)).ShouldSucceed().Value.Should().BeOfType<string>().Which.Should().MatchRegex("^sess-[0-9a-f]{32}$");
        }
    }

    private async Task<string> LoginAsync() => (string)(await server.CallAsync("login", "HA2-GANDI", "hostingapi")).ShouldSucceed().Value!;

    private async Task<RpcResult> PostAsync(string body, string session) =>
        XmlRpcTestClient.Decode(await RawAsync(body.Replace("SESSION", session, StringComparison.Ordinal))).ShouldSucceed();

    private async Task<string> RawAsync(string body)
    {
        using var client = server.CreateRpcClient();
        using var response = await client.PostAsync(body);
        return await response.Content.ReadAsStringAsync();
    }
}
