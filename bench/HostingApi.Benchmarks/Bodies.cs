using HostingApi.XmlRpc;

namespace HostingApi.Benchmarks;

/// <summary>The bench-baselines bodies (copied into bench/bodies): requests, and the values of their responses.</summary>
internal static class Bodies
{
    public static byte[] Request(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "bodies", $"{name}.xml"));

    /// <summary>The value a response body holds, parsed once: what a handler would hand the writer.</summary>
    public static XmlRpcValue ResponseValue(string name) =>
        XmlRpcReader.ReadMethodResponse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "bodies", $"{name}.response.xml"))).Value;
}
