using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Xunit;

namespace HostingApi.Testing.Sample;

/// <summary>The fixture as its README shows it: start, call over XML-RPC, reset through the control plane.</summary>
public sealed class EmulatorSampleTests
{
    [Fact]
    public async Task A_fresh_account_creates_a_disk_over_xml_rpc()
    {
        await using var emulator = await HostingApiEmulator.StartAsync();
        using var http = new HttpClient();

        await CallAsync(http, emulator.XmlRpcUrl, "hosting.disk.create", emulator.ApiKey, DiskSpec("sample"));

        Assert.Equal(1, int.Parse(await CallAsync(http, emulator.XmlRpcUrl, "hosting.disk.count", emulator.ApiKey)));
    }

    [Fact]
    public async Task Reset_through_the_control_plane_removes_what_a_test_made()
    {
        await using var emulator = await HostingApiEmulator.StartAsync(new HostingApiEmulatorOptions { FreshAccount = false });
        using var http = new HttpClient();
        Assert.Equal(HostingApiEmulator.DefaultApiKey, emulator.ApiKey);
        await CallAsync(http, emulator.XmlRpcUrl, "hosting.disk.create", emulator.ApiKey, DiskSpec("before-reset"));
        Assert.Equal(1, int.Parse(await CallAsync(http, emulator.XmlRpcUrl, "hosting.disk.count", emulator.ApiKey)));

        await emulator.Control.ResetAsync();

        Assert.Equal(0, int.Parse(await CallAsync(http, emulator.XmlRpcUrl, "hosting.disk.count", emulator.ApiKey)));
        var health = await emulator.Control.HealthAsync();
        Assert.NotEqual(default, health);
    }

    private static string DiskSpec(string name) =>
        $"<struct><member><name>datacenter_id</name><value><int>3</int></value></member>"
        + $"<member><name>size</name><value><int>10240</int></value></member>"
        + $"<member><name>name</name><value><string>{name}</string></value></member></struct>";

    // A hand-written XML-RPC call (the wire format itself, no client library): the first param is the
    // API key, the others are raw <value> contents. Answers the text of the one returned value; a fault fails the test.
    private static async Task<string> CallAsync(HttpClient http, Uri url, string method, string apiKey, params string[] values)
    {
        var body = new StringBuilder($"<?xml version=\"1.0\"?><methodCall><methodName>{method}</methodName><params>");
        body.Append($"<param><value><string>{apiKey}</string></value></param>");
        foreach (var value in values)
        {
            body.Append($"<param><value>{value}</value></param>");
        }

        body.Append("</params></methodCall>");
        using var content = new StringContent(body.ToString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
        using var response = await http.PostAsync(url, content);
        response.EnsureSuccessStatusCode();
        var answer = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(answer.Descendants("fault").FirstOrDefault() is null, $"{method} answered a fault: {answer}");
        return answer.Descendants("param").Single().Element("value")!.Value;
    }
}
