namespace HostingApi.Tests.Architecture;

/// <summary>
/// The server's layers, read from the sources of src/HostingApi: the neutral core knows no dialect
/// and no storage; a dialect knows the core and its own wire only; storage and the emulator know
/// the core. Start-up (Hosting/, Program.cs) wires everything and may use anything.
/// </summary>
public sealed class DependencyRulesTests
{
    private const string Core = "HostingApi.Core";
    private const string Storage = "HostingApi.Storage";
    private const string Dialects = "HostingApi.Dialects";
    private const string Emulator = "HostingApi.Emulator";
    private const string Hosting = "HostingApi.Hosting";
    private const string Codec = "HostingApi.XmlRpc"; // the Gandi dialect's wire, a library of its own

    /// <summary>
    /// Layer (a namespace, "*" standing for each of its children) and what it may not depend on.
    /// A layer may always use itself, so "Dialects.* may not use Dialects" forbids a dialect only
    /// the others. A new dialect (Dialects/CloudSigma, Dialects/Gigas) is covered by the "*" row;
    /// give it a row of its own above that one if it needs other rules (e.g. no codec).
    /// </summary>
    private static readonly (string Layer, string[] Forbidden)[] Rules =
    [
        (Core, [Dialects, Storage, Emulator, Hosting, Codec]),
        (Storage, [Dialects, Emulator, Hosting, Codec]),
        (Emulator, [Dialects, Storage, Hosting, Codec]),
        (Dialects + ".*", [Dialects, Storage, Emulator, Hosting]),
        (Hosting, []),
    ];

    /// <summary>Files outside every layer: the entry point wires everything.</summary>
    private static readonly string[] Unlayered = ["Program.cs"];

    private static readonly IReadOnlyList<SourceFile> Sources = SourceFile.Load("HostingApi");

    [Fact]
    public void No_layer_depends_on_what_it_may_not()
    {
        var unexpected = Violations().Select(v => v.Describe()).ToList();

        unexpected.Should().Equal(Array.Empty<string>(), "a layer may not depend on what its row in Rules forbids");
    }

    [Fact]
    public void Every_file_belongs_to_a_layer()
    {
        var orphans = Sources.Where(f => LayerOf(f) is null && !Unlayered.Contains(f.RelativePath)).Select(f => f.RelativePath).ToList();

        orphans.Should().Equal(Array.Empty<string>(), "each folder of src/HostingApi needs a row in Rules (or the file a place in Unlayered)");
    }

    [Fact]
    public void The_scan_sees_every_form_of_reference_and_none_in_comments_or_strings()
    {
        var file = SourceFile.Parse("HostingApi", "Core/Sample.cs", """
            using HostingApi.Core.Domain;
            using static HostingApi.Dialects.Gandi.Faults.Errors;
            using Seed = HostingApi.Storage.Seed.AccountSeed;
            global using HostingApi.Emulator;

            namespace HostingApi.Core.Services;

            // HostingApi.Hosting.Banner in a comment
            public sealed class Sample
            {
                private const string Name = "HostingApi.XmlRpc.XmlRpcValue";
                private readonly object _rating = Dialects.Gandi.Wire.AccountWire.Rating; /* Storage.Sqlite */
                private readonly object _value = global::HostingApi.XmlRpc.XmlRpcValue.Nil;
            }
            """);
        string[] known = ["HostingApi.Core.Domain", "HostingApi.Core.Services", "HostingApi.Dialects.Gandi.Faults", "HostingApi.Dialects.Gandi.Wire",
            "HostingApi.Storage.Seed", "HostingApi.Storage.Sqlite", "HostingApi.Emulator", "HostingApi.Hosting", "HostingApi.XmlRpc"];

        file.References(known.ToHashSet()).Should().BeEquivalentTo(new NamespaceReference[]
        {
            new(1, "HostingApi.Core.Domain", false),
            new(2, "HostingApi.Dialects.Gandi.Faults", false),
            new(3, "HostingApi.Storage.Seed", false),
            new(4, "HostingApi.Emulator", true),
            new(12, "HostingApi.Dialects.Gandi.Wire", false),
            new(13, "HostingApi.XmlRpc", false),
        });
    }

    private sealed record Violation(string File, int Line, string Namespace, string Rule)
    {
        public string Describe() => $"{File}:{Line} -> {Namespace} ({Rule})";
    }

    // One entry per file and namespace (its first line), so the allow-list stays short.
    private static List<Violation> Violations()
    {
        var known = Sources.SelectMany(f => f.Namespaces).Concat(SourceFile.Load("HostingApi.XmlRpc").SelectMany(f => f.Namespaces)).ToHashSet();
        var layers = Sources.Select(LayerOf).OfType<string>().Distinct().ToList();
        var violations = new List<Violation>();
        foreach (var file in Sources)
        {
            foreach (var reference in file.References(known).DistinctBy(r => r.Target))
            {
                // A global using reaches every file of the project, so every layer must allow it.
                var from = reference.IsGlobalUsing ? layers : LayerOf(file) is { } layer ? [layer] : [];
                var breach = from.Select(l => (Layer: l, Forbidden: ForbiddenFor(l, reference.Target))).FirstOrDefault(b => b.Forbidden is not null);
                if (breach.Forbidden is not null)
                {
                    var how = reference.IsGlobalUsing ? "a global using reaches every layer; " : "";
                    violations.Add(new(file.RelativePath, reference.Line, reference.Target, $"{how}{breach.Layer} may not use {breach.Forbidden}"));
                }
            }
        }

        return violations;
    }

    // The layer a file is in, from its folder: HostingApi.Dialects.Gandi for Dialects/Gandi/V3/VmMethods.cs.
    private static string? LayerOf(SourceFile file)
    {
        foreach (var (layer, _) in Rules)
        {
            if (layer.EndsWith(".*", StringComparison.Ordinal))
            {
                var parent = layer[..^2];
                if (Within(file.FolderNamespace, parent) && file.FolderNamespace.Length > parent.Length)
                {
                    return string.Join('.', file.FolderNamespace.Split('.').Take(parent.Split('.').Length + 1));
                }
            }
            else if (Within(file.FolderNamespace, layer))
            {
                return layer;
            }
        }

        return null;
    }

    private static string? ForbiddenFor(string layer, string target)
    {
        if (Within(target, layer))
        {
            return null;
        }

        var rule = Rules.First(r => r.Layer == layer || (r.Layer.EndsWith(".*", StringComparison.Ordinal) && Within(layer, r.Layer[..^2])));
        return rule.Forbidden.FirstOrDefault(forbidden => Within(target, forbidden));
    }

    private static bool Within(string name, string prefix) =>
        name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal);
}
