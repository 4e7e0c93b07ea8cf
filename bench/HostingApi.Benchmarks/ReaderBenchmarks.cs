using BenchmarkDotNet.Attributes;
using HostingApi.XmlRpc;

namespace HostingApi.Benchmarks;

/// <summary>Parsing the three requests of the baselines (a typical call is disk_info: 233 bytes, two params).</summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private byte[] _body = [];

    [Params("disk_info", "disk_list", "vm_info")]
    public string Body { get; set; } = "disk_info";

    [GlobalSetup]
    public void Setup() => _body = Bodies.Request(Body);

    [Benchmark]
    public XmlRpcMethodCall ReadMethodCall() => XmlRpcReader.ReadMethodCall(_body);
}
