using System.Text.RegularExpressions;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Architecture;

/// <summary>
/// The dependency rules for the Razor components, which SourceFile (C# only) does not read: a
/// component of the Emulator layer (the dashboard) may not name a dialect, Storage, Hosting or the codec.
/// </summary>
public sealed partial class RazorDependencyTests
{
    private static readonly string[] Forbidden = ["HostingApi.Dialects", "HostingApi.Storage", "HostingApi.Hosting", "HostingApi.XmlRpc"];

    [Fact]
    public void No_component_under_Emulator_names_what_the_layer_may_not_use()
    {
        var root = RepositoryRoot.Combine("src/HostingApi/Emulator");
        var files = Directory.EnumerateFiles(root, "*.razor", SearchOption.AllDirectories).ToList();
        var breaches = files
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, number: i + 1)))
            .Where(l => Forbidden.Any(f => Reference().Matches(l.line).Any(m => m.Value == f || m.Value.StartsWith(f + ".", StringComparison.Ordinal))))
            .Select(l => $"{Path.GetRelativePath(root, l.path)}:{l.number}: {l.line.Trim()}").ToList();

        files.Should().NotBeEmpty("the dashboard's components live under Emulator/Dashboard");
        breaches.Should().Equal(Array.Empty<string>(), "the Emulator layer may not use a dialect, Storage, Hosting or the codec");
    }

    [GeneratedRegex(@"HostingApi(\.\w+)+")]
    private static partial Regex Reference();
}
