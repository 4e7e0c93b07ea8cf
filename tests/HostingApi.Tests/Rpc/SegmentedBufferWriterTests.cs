using HostingApi.Dialects.Gandi.Endpoint;

namespace HostingApi.Tests.Rpc;

/// <summary>Responses are written into 16 KB chunks; whatever the sizes asked, the bytes come back whole and in order.</summary>
public class SegmentedBufferWriterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16 * 1024)]
    [InlineData(16 * 1024 + 1)]
    [InlineData(236 * 1024)]
    public void WrittenBytes_ComeBackInOrder_AsSegmentsAndAsOneArray(int total)
    {
        var expected = Enumerable.Range(0, total).Select(i => (byte)(i * 31 % 251)).ToArray();
        using var writer = new SegmentedBufferWriter();

        var random = new Random(total);
        for (var at = 0; at < total;)
        {
            var piece = Math.Min(total - at, random.Next(1, 5000));
            expected.AsSpan(at, piece).CopyTo(writer.GetSpan(piece));
            writer.Advance(piece);
            at += piece;
        }

        writer.Length.Should().Be(total);
        writer.ToArray().Should().Equal(expected);
        writer.Segments().SelectMany(s => s.ToArray()).Should().Equal(expected);
    }

    [Fact]
    public void AValueLargerThanAChunk_GetsAChunkOfItsOwnSize()
    {
        using var writer = new SegmentedBufferWriter();
        writer.GetSpan(10).Length.Should().BeGreaterThanOrEqualTo(16 * 1024);
        writer.Advance(10);

        writer.GetSpan(40_000).Length.Should().BeGreaterThanOrEqualTo(40_000);
        writer.Advance(40_000);

        writer.Length.Should().Be(40_010);
        writer.ToArray().Should().HaveCount(40_010);
    }
}
