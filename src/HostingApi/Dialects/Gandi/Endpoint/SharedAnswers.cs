using System.Runtime.CompilerServices;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Endpoint;

/// <summary>
/// The response documents of shared answers, encoded once. A value built by a
/// <see cref="WireForm{T}"/> is handed to every call that reads the same cached result and is
/// never modified, so its XML is the same every time: the endpoint sends these bytes instead of
/// encoding a 100-disk list anew into fresh buffers on each poll (docs/performance.md). The
/// bytes go away with the value they encode (a weak table keyed by its struct or array), so a
/// write, which makes the read cache build a new result, also retires its encoded answer.
/// </summary>
public static class SharedAnswers
{
    private static readonly ConditionalWeakTable<object, Encodings> Shared = new();

    /// <summary>Marks a value as shared and immutable, so that its answer may be encoded once.</summary>
    public static void Share(XmlRpcValue value)
    {
        if (ContainerOf(value) is { } container)
        {
            Shared.TryAdd(container, new Encodings());
        }
    }

    /// <summary>
    /// The whole response document for a shared value read before, or null: for any other value,
    /// and the first time a shared one is answered. With the read cache off, or right after a write,
    /// a result is often read only once, and encoding it into an array of its own would only add a
    /// large-object-heap copy to the pooled chunks an ordinary answer uses.
    /// </summary>
    public static byte[]? Find(XmlRpcValue value, bool allowNil)
    {
        if (ContainerOf(value) is not { } container || !Shared.TryGetValue(container, out var encodings))
        {
            return null;
        }

        if ((allowNil ? encodings.WithNil : encodings.WithoutNil) is { } encoded)
        {
            return encoded;
        }

        if (!encodings.ReadBefore())
        {
            return null;
        }

        // Two calls may race to encode the same value; both produce the same bytes, either may stay.
        return allowNil
            ? encodings.WithNil = Encode(value, XmlRpcWriterOptions.Default)
            : encodings.WithoutNil = Encode(value, XmlRpcWriterOptions.WithoutNil);
    }

    private static byte[] Encode(XmlRpcValue value, XmlRpcWriterOptions options)
    {
        using var chunks = new SegmentedBufferWriter();
        XmlRpcWriter.WriteResponse(chunks, value, options);
        return chunks.ToArray();
    }

    private static object? ContainerOf(XmlRpcValue value) => value.Kind switch
    {
        XmlRpcValueKind.Struct => value.AsStruct(),
        XmlRpcValueKind.Array => value.AsArray(),
        _ => null,
    };

    // One document per nil rule: the v3 methods and their legacy aliases may share a value.
    private sealed class Encodings
    {
        private int _reads;

        public byte[]? WithNil;
        public byte[]? WithoutNil;

        public bool ReadBefore() => Interlocked.Increment(ref _reads) > 1;
    }
}
