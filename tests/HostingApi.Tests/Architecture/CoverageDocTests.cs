using System.Text.RegularExpressions;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HostingApi.Tests.Architecture;

/// <summary>docs/api-coverage.md against the registry: a method is documented as soon as it is answered, and the doc claims no more.</summary>
public sealed partial class CoverageDocTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    private static readonly IReadOnlyList<(string Name, string Status)> Rows = ReadRows();

    // The application's methods: the test host adds test.* (TestMethods) and nothing else.
    private IReadOnlyList<string> Registered =>
        [.. server.Services.GetRequiredService<RpcMethodRegistry>().Names.Where(n => !n.StartsWith("test.", StringComparison.Ordinal))];

    [Fact]
    public void Every_registered_method_is_documented_as_implemented()
    {
        var undocumented = Registered.Where(name => !Rows.Any(r => r.Status == "implemented" && Matches(r.Name, name))).ToList();

        undocumented.Should().Equal(Array.Empty<string>(), "docs/api-coverage.md lists every method the server answers");
    }

    [Fact]
    public void Every_method_documented_as_implemented_is_registered()
    {
        var claimed = Rows.Where(r => r.Status == "implemented" && !r.Name.Contains('*') && !Registered.Contains(r.Name)).Select(r => r.Name).ToList();

        claimed.Should().Equal(Array.Empty<string>(), "the doc claims only what the server answers");
    }

    [Fact]
    public void No_method_documented_as_missing_is_registered()
    {
        var answered = Rows.Where(r => r.Status == "missing").SelectMany(r => Registered.Where(name => Matches(r.Name, name)).Select(name => $"{name} ({r.Name})")).ToList();

        answered.Should().Equal(Array.Empty<string>(), "a method the server answers is not missing");
    }

    // `vm.*` stands for every vm.x, and only those.
    private static bool Matches(string documented, string name) =>
        documented.EndsWith(".*", StringComparison.Ordinal)
            ? name.StartsWith(documented[..^1], StringComparison.Ordinal)
            : documented == name;

    // Table rows "| `a`, `b` | status | notes |": each name of the first cell with the row's status;
    // one backtick may also hold a comma-separated list.
    private static List<(string Name, string Status)> ReadRows() =>
        [.. File.ReadLines(RepositoryRoot.Combine("docs/api-coverage.md"))
            .Select(line => TableRow().Match(line))
            .Where(m => m.Success)
            .SelectMany(m => Quoted().Matches(m.Groups["names"].Value)
                .SelectMany(q => q.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Select(name => (name, m.Groups["status"].Value.Trim())))];

    [GeneratedRegex(@"^\|(?<names>[^|]*`[^|]*)\|(?<status>[^|]*)\|")]
    private static partial Regex TableRow();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Quoted();
}
