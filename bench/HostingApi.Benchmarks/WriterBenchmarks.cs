using System.Buffers;
using BenchmarkDotNet.Attributes;
using HostingApi.XmlRpc;

namespace HostingApi.Benchmarks;

/// <summary>
/// Writing the three responses of the baselines (disk_info 2.4 KB, disk_list 236 KB, vm_info 12.8 KB)
/// with our direct UTF-8 writer, beside an XmlWriter version of the same output (the baseline).
/// </summary>
[MemoryDiagnoser]
public class WriterBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(512 * 1024);
    private XmlRpcValue _value;

    [Params("disk_info", "disk_list", "vm_info")]
    public string Body { get; set; } = "disk_list";

    [GlobalSetup]
    public void Setup() => _value = Bodies.ResponseValue(Body);

    [Benchmark(Baseline = true)]
    public int XmlWriterVersion()
    {
        _buffer.ResetWrittenCount();
        XmlWriterReference.WriteResponse(_buffer, _value);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int DirectUtf8Writer()
    {
        _buffer.ResetWrittenCount();
        XmlRpcWriter.WriteResponse(_buffer, _value);
        return _buffer.WrittenCount;
    }
}
