namespace HostingApi.XmlRpc.Tests;

internal static class SamplePaths
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Samples");

    public static IEnumerable<object[]> Files(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.xml")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });
}
