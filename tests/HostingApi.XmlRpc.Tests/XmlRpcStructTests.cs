using System.Diagnostics;
using System.Text;

namespace HostingApi.XmlRpc.Tests;

/// <summary>Large structs: linear parsing, and the same member semantics past the size where lookups are indexed.</summary>
public class XmlRpcStructTests
{
    [Fact]
    public void ReadMethodCall_StructOf160000Members_ParsesInLinearTime()
    {
        var xml = Call(string.Concat(Enumerable.Range(0, 160_000).Select(i => $"<member><name>k{i}</name><value/></member>")));

        var watch = Stopwatch.StartNew();
        var parsed = XmlRpcReader.ReadMethodCall(xml).Parameters[0].AsStruct();

        // Generous, so it never flakes on a busy machine: the quadratic reader took over 20 s here.
        // The real figure is in docs/performance.md.
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        parsed.Count.Should().Be(160_000);
        parsed["k123456"].AsString().Should().BeEmpty();
    }

    [Fact]
    public void ReadMethodCall_DuplicateInALargeStruct_LastValueWinsInTheFirstPlace()
    {
        var members = Enumerable.Range(0, 40).Select(i => $"<member><name>k{i}</name><value><int>{i}</int></value></member>");
        var xml = Call(string.Concat(members) + "<member><name>k3</name><value><int>99</int></value></member>");

        var parsed = XmlRpcReader.ReadMethodCall(xml).Parameters[0].AsStruct();

        parsed.Count.Should().Be(40);
        parsed["k3"].AsInt64().Should().Be(99);
        parsed.Names.ElementAt(3).Should().Be("k3");
        parsed.Names.Last().Should().Be("k39");
    }

    [Fact]
    public void LargeStruct_AddSetRemove_BehaveAsInASmallOne()
    {
        var large = new XmlRpcStruct();
        for (var i = 0; i < 30; i++)
        {
            large.Add($"k{i}", i);
        }

        large.ContainsKey("k29").Should().BeTrue();
        large.Remove("k0").Should().BeTrue();
        large.Remove("k0").Should().BeFalse();
        large["k1"].AsInt64().Should().Be(1);
        large["k29"] = 290;
        large["new"] = 7;
        large.Add("k5", 55);

        large.Count.Should().Be(31);
        large["k29"].AsInt64().Should().Be(290);
        large["new"].AsInt64().Should().Be(7);
        large["k5"].AsInt64().Should().Be(5, "where Add repeats a name, lookups find the first, as in a small struct");
        large.Names.First().Should().Be("k1");
        large.Names.TakeLast(2).Should().Equal("new", "k5");
        large.ContainsKey("k0").Should().BeFalse();
    }

    private static byte[] Call(string members) => Encoding.UTF8.GetBytes(
        $"<methodCall><methodName>echo</methodName><params><param><value><struct>{members}</struct></value></param></params></methodCall>");
}
