using System.Collections;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;

namespace HostingApi.Tests.Infrastructure;

/// <summary>
/// An XML-RPC client for tests, written with LINQ to XML and sharing nothing with the server's
/// codec, so a symmetric bug in the codec cannot pass unnoticed. Values decode to plain .NET
/// objects: long, bool, double, string, DateTime, byte[], Dictionary, List, null.
/// </summary>
public sealed class XmlRpcTestClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public async Task<RpcResult> CallAsync(string method, params object?[] arguments)
    {
        using var response = await PostAsync(BuildCall(method, arguments));
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, "XML-RPC answers, faults included, travel in HTTP 200");
        return Decode(await response.Content.ReadAsStringAsync());
    }

    public Task<HttpResponseMessage> PostAsync(string body, string path = "xmlrpc/") =>
        PostAsync(Encoding.UTF8.GetBytes(body), path);

    public Task<HttpResponseMessage> PostAsync(byte[] body, string path = "xmlrpc/")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
        return http.PostAsync(path, content);
    }

    public static string BuildCall(string method, params object?[] arguments) =>
        new XDocument(new XElement("methodCall",
            new XElement("methodName", method),
            new XElement("params", arguments.Select(a => new XElement("param", Encode(a)))))).ToString();

    public static RpcResult Decode(string xml)
    {
        var root = XDocument.Parse(xml).Root!;
        root.Name.LocalName.Should().Be("methodResponse");
        if (root.Element("fault") is { } fault)
        {
            var members = (Dictionary<string, object?>)DecodeValue(fault.Element("value")!)!;
            return new RpcResult(null, (int)(long)members["faultCode"]!, (string)members["faultString"]!);
        }

        return new RpcResult(DecodeValue(root.Element("params")!.Element("param")!.Element("value")!), null, null);
    }

    public void Dispose() => http.Dispose();

    private static XElement Encode(object? value) => new("value", value switch
    {
        null => new XElement("nil"),
        RawValue raw => XElement.Parse(raw.Xml),
        bool b => new XElement("boolean", b ? "1" : "0"),
        int or long => new XElement("int", Convert.ToString(value, CultureInfo.InvariantCulture)),
        double d => new XElement("double", d.ToString("R", CultureInfo.InvariantCulture)),
        string s => new XElement("string", s),
        DateTime t => new XElement("dateTime.iso8601", t.ToString("yyyyMMdd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
        byte[] bytes => new XElement("base64", Convert.ToBase64String(bytes)),
        IDictionary dictionary => new XElement("struct", dictionary.Keys.Cast<string>().Select(k =>
            new XElement("member", new XElement("name", k), Encode(dictionary[k])))),
        IEnumerable items => new XElement("array", new XElement("data", items.Cast<object?>().Select(Encode))),
        _ => throw new ArgumentException($"Cannot encode {value.GetType()}"),
    });

    private static object? DecodeValue(XElement value)
    {
        var typed = value.Elements().FirstOrDefault();
        if (typed is null)
        {
            return value.Value;
        }

        var text = typed.Value;
        return typed.Name.LocalName switch
        {
            "nil" => null,
            "int" or "i4" => long.Parse(text, CultureInfo.InvariantCulture),
            "boolean" => text switch
            {
                "1" => true,
                "0" => false,
                _ => throw new FormatException($"boolean '{text}' is not 0 or 1"),
            },
            "double" => double.Parse(text, CultureInfo.InvariantCulture),
            "string" => text,
            "dateTime.iso8601" => DateTime.ParseExact(text, "yyyyMMdd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            "base64" => Convert.FromBase64String(text),
            "struct" => typed.Elements("member").ToDictionary(m => m.Element("name")!.Value, m => DecodeValue(m.Element("value")!)),
            "array" => typed.Element("data")!.Elements("value").Select(DecodeValue).ToList(),
            var other => throw new FormatException($"unexpected type <{other}> in a response"),
        };
    }
}

/// <summary>A value sent exactly as written, e.g. <c>&lt;string&gt;007&lt;/string&gt;</c>.</summary>
public sealed record RawValue(string Xml);

public sealed record RpcResult(object? Value, int? FaultCode, string? FaultString)
{
    public bool IsFault => FaultCode is not null;

    public RpcResult ShouldSucceed()
    {
        IsFault.Should().BeFalse($"the call should succeed, but faulted {FaultCode}: {FaultString}");
        return this;
    }

    public RpcResult ShouldFault(int code)
    {
        FaultCode.Should().Be(code, $"the fault string was: {FaultString}");
        return this;
    }

    public Dictionary<string, object?> Struct => (Dictionary<string, object?>)ShouldSucceed().Value!;

    public List<object?> Array => (List<object?>)ShouldSucceed().Value!;
}
