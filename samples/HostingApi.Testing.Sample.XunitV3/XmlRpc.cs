using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Xunit;

namespace HostingApi.Testing.Sample.XunitV3;

/// <summary>
/// A hand-written XML-RPC call (the wire format itself, no client library): the first param is the API
/// key, the others raw &lt;value&gt; contents. Answers the one returned value; a fault fails the test.
/// </summary>
public static class XmlRpc
{
    public static async Task<XElement> CallAsync(HttpClient http, Uri url, string method, string apiKey, params string[] values)
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
        using var response = await http.PostAsync(url, content, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var answer = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(answer.Descendants("fault").FirstOrDefault() is null, $"{method} answered a fault: {answer}");
        return answer.Descendants("param").Single().Element("value")!;
    }

    /// <summary>A top-level member of a returned struct, as text.</summary>
    public static string Member(XElement value, string name) =>
        value.Element("struct")!.Elements("member").Single(m => m.Element("name")!.Value == name).Element("value")!.Value;

    public static string DiskSpec(string name) =>
        "<struct><member><name>datacenter_id</name><value><int>3</int></value></member>"
        + "<member><name>size</name><value><int>10240</int></value></member>"
        + $"<member><name>name</name><value><string>{name}</string></value></member></struct>";
}
