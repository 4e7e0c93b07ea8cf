namespace HostingApi.Tests.Infrastructure;

/// <summary>The checkout's root (the folder holding HostingApi.sln), for tests that read sources and docs.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>A path under the root, written with '/' whatever the platform.</summary>
    public static string Combine(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    // The tests run from tests/HostingApi.Tests/bin/<config>/<tfm>/: walk up rather than count levels.
    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "HostingApi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No HostingApi.sln above {AppContext.BaseDirectory}.");
    }
}
