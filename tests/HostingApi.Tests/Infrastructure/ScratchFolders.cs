namespace HostingApi.Tests.Infrastructure;

/// <summary>
/// The scratch folders of one test run (servers' working directories, database files), all under one
/// root that is removed when the test process exits: made one by one in the temporary folder, each run
/// left a few hundred behind. A test that reads its folder afterwards (what <c>--in-memory</c> wrote)
/// still can, until the run ends.
/// </summary>
public static class ScratchFolders
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("hostingapi-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(root);
        return root;
    });

    /// <summary>A new, empty folder whose name starts with <paramref name="prefix"/>.</summary>
    public static string Create(string prefix) =>
        Directory.CreateDirectory(Path.Combine(Root.Value, prefix + Path.GetRandomFileName().Replace(".", "", StringComparison.Ordinal))).FullName;

    private static void Remove(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A server a failed test left running may still hold a file: the folder stays, as before.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
