using System.Text;
using BenchmarkDotNet.Attributes;
using HostingApi.XmlRpc;

namespace HostingApi.Benchmarks;

/// <summary>
/// Parsing one struct of 10,000 to 160,000 members (the last is 7 MB, within the default limits):
/// the time must grow with the body, not with its square.
/// </summary>
[MemoryDiagnoser]
public class LargeStructBenchmarks
{
    private byte[] _body = [];

    [Params(10_000, 40_000, 160_000)]
    public int Members { get; set; } = 160_000;

    [GlobalSetup]
    public void Setup()
    {
        var xml = new StringBuilder("<methodCall><methodName>echo</methodName><params><param><value><struct>");
        for (var i = 0; i < Members; i++)
        {
            xml.Append("<member><name>k").Append(i).Append("</name><value/></member>");
        }

        _body = Encoding.UTF8.GetBytes(xml.Append("</struct></value></param></params></methodCall>").ToString());
    }

    [Benchmark]
    public XmlRpcMethodCall ReadMethodCall() => XmlRpcReader.ReadMethodCall(_body);
}
