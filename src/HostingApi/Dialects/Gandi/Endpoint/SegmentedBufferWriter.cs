using System.Buffers;

namespace HostingApi.Dialects.Gandi.Endpoint;

/// <summary>
/// A response being written, kept as a chain of pooled 16 KB chunks instead of one growing array.
/// A 100-disk list is 236 KB: as one array it would be a large-object-heap buffer (over 85 KB) for
/// every in-flight call, which the GC only reclaims in full collections and which held the server's
/// peak memory up under load (docs/performance.md). Small chunks stay in the small-object heap and
/// a pool of their own reuses them. The chunks are sent one by one, so Kestrel's backpressure applies.
/// </summary>
public sealed class SegmentedBufferWriter(long maxLength = long.MaxValue) : IBufferWriter<byte>, IDisposable
{
    private const int ChunkSize = 16 * 1024;

    // Its own pool: the shared one keeps few arrays of a size per core, and a list of 100 disks
    // holds 15 chunks while it is sent, so under load most chunks would be new garbage.
    // 1024 chunks (16 MB at most, filled only as concurrency demands) cover 64 such lists in flight.
    private static readonly ArrayPool<byte> Chunks = ArrayPool<byte>.Create(ChunkSize, 1024);

    private readonly List<(byte[] Chunk, int Length)> _full = [];
    private byte[] _current = Chunks.Rent(ChunkSize);
    private int _position;

    /// <summary>Bytes written so far, over all chunks.</summary>
    public long Length { get; private set; }

    public void Advance(int count)
    {
        _position += count;
        Length += count;

        // Stops an answer growing past its limit while it is written, not after: memory stays bounded.
        if (Length > maxLength)
        {
            throw new ResponseTooLargeException(maxLength);
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _current.AsMemory(_position);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _current.AsSpan(_position);
    }

    /// <summary>The written bytes, chunk by chunk, in order.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Segments()
    {
        foreach (var (chunk, length) in _full)
        {
            yield return chunk.AsMemory(0, length);
        }

        if (_position > 0)
        {
            yield return _current.AsMemory(0, _position);
        }
    }

    /// <summary>The written bytes in one new array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        var at = 0;
        foreach (var segment in Segments())
        {
            segment.Span.CopyTo(bytes.AsSpan(at));
            at += segment.Length;
        }

        return bytes;
    }

    public void Dispose()
    {
        foreach (var (chunk, _) in _full)
        {
            Chunks.Return(chunk);
        }

        _full.Clear();
        Chunks.Return(_current);
        _current = [];
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current.Length - _position >= needed)
        {
            return;
        }

        if (_position > 0)
        {
            _full.Add((_current, _position));
        }
        else
        {
            Chunks.Return(_current);
        }

        // A single value larger than a chunk (a long string) gets a chunk of its own size.
        _current = Chunks.Rent(Math.Max(needed, ChunkSize));
        _position = 0;
    }
}
