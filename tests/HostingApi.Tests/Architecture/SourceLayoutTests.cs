namespace HostingApi.Tests.Architecture;

/// <summary>Namespaces follow folders and files are named after their type, so a name says where to look.</summary>
public sealed class SourceLayoutTests
{
    public static TheoryData<string> Projects => ["HostingApi", "HostingApi.XmlRpc"];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_namespace_is_its_folder(string project)
    {
        var wrong = SourceFile.Load(project)
            .Where(f => f.Namespaces.Count > 0 || (f.TopLevelTypes.Count > 0 && !IsEntryPoint(f)))
            .Where(f => f.Namespaces.Count == 0 || f.Namespaces.Any(n => n != f.FolderNamespace))
            .Select(f => $"{f.RelativePath}: {(f.Namespaces.Count == 0 ? "no namespace" : string.Join(", ", f.Namespaces))}, expected {f.FolderNamespace}").ToList();

        wrong.Should().Equal(Array.Empty<string>());
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_file_with_one_type_is_named_after_it(string project)
    {
        // Partial parts are named Type.Part.cs (DiskService.Changes.cs); a method family's request
        // structs live in <Family>Requests.cs however many there are (SshRequests.cs holds one).
        var wrong = SourceFile.Load(project)
            .Where(f => !f.IsGenerated && f.TopLevelTypes.Distinct().Count() == 1 && !f.FileName.EndsWith("Requests.cs", StringComparison.Ordinal))
            .Where(f => f.FileName != f.TopLevelTypes[0] + ".cs" && !f.FileName.StartsWith(f.TopLevelTypes[0] + ".", StringComparison.Ordinal))
            .Select(f => $"{f.RelativePath} holds {f.TopLevelTypes[0]}").ToList();

        wrong.Should().Equal(Array.Empty<string>(), "rename the file with git mv (not the type)");
    }

    [Fact]
    public void The_scan_finds_top_level_types_only()
    {
        var file = SourceFile.Parse("HostingApi", "Sample.cs", """
            namespace HostingApi.Sample
            {
                public sealed record class Outer(int Id) where T : class
                {
                    private sealed class Inner { }
                    private string _text = "class NotAType { }";
                }

                internal readonly record struct Pair(int A, int B);
                public delegate Task<int> Handler<T>(T value);
                public enum Kind { A, B }
            }
            """);

        file.Namespaces.Should().Equal("HostingApi.Sample");
        file.TopLevelTypes.Should().Equal("Outer", "Pair", "Handler", "Kind");
    }

    // Program.cs: top-level statements and the public partial Program live in the global namespace.
    private static bool IsEntryPoint(SourceFile file) => file.RelativePath == "Program.cs";
}
