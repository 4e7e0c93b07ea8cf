using System.Text.Json.Nodes;
using HostingApi.Core.Services;

namespace HostingApi.Dialects.CloudSigma.Wire;

/// <summary>Core disks as CloudSigma drives: the short form of <c>GET /drives/</c>, the full form, library drives.</summary>
public static class DriveWire
{
    public const string StorageType = "dssd";

    /// <summary><c>{owner, resource_uri, status, uuid}</c>, as <c>GET /drives/</c> lists them.</summary>
    public static JsonObject Short(DiskView view, string? status = null) => new()
    {
        ["owner"] = Owner(view),
        ["resource_uri"] = Uri(view),
        ["status"] = status ?? DriveStatus.Of(view),
        ["uuid"] = view.Disk.EntityId,
    };

    /// <summary>
    /// The full drive; <paramref name="status"/> overrides the derived one for the answer of a change
    /// just accepted (a create answers <c>creating</c> even when the queue has already finished it).
    /// <paramref name="servers"/> names the uuid of each VM id, for <c>mounted_on</c>.
    /// </summary>
    public static JsonObject Full(DiskView view, IReadOnlyDictionary<int, string> servers, string? status = null)
    {
        var attributes = DriveAttributes.Parse(view.Annotation);
        var shown = status ?? DriveStatus.Of(view);
        var storage = DriveStatus.HasStorage(shown) ? StorageType : null;
        var mounted = new JsonArray();
        if (view.Disk.VmId is { } vmId && servers.TryGetValue(vmId, out var server))
        {
            mounted.Add(Uris.Related("servers", server));
        }

        return new JsonObject
        {
            ["affinities"] = new JsonArray([.. attributes.Affinities.Select(a => (JsonNode?)a)]),
            ["allow_multimount"] = attributes.AllowMultimount,
            ["jobs"] = new JsonArray(),
            ["licenses"] = new JsonArray(),
            ["media"] = attributes.Media,
            ["meta"] = attributes.Meta.DeepClone(),
            ["mounted_on"] = mounted,
            ["name"] = view.Disk.Name,
            ["owner"] = Owner(view),
            ["resource_uri"] = Uri(view),
            ["runtime"] = new JsonObject
            {
                ["is_snapshotable"] = storage is null ? null : true,
                ["snapshots_allocated_size"] = 0,
                ["storage_type"] = storage,
            },
            ["size"] = view.Disk.SizeBytes,
            ["snapshots"] = new JsonArray(),
            ["status"] = shown,
            ["storage_type"] = storage,
            ["tags"] = new JsonArray([.. attributes.Tags.Select(t => (JsonNode?)Uris.Related("tags", t))]),
            ["uuid"] = view.Disk.EntityId,
        };
    }

    /// <summary>
    /// A library drive: the full form with <c>owner: null</c> and the library's own top-level fields,
    /// made from a catalog image disk (its label says its architecture; the catalog is all Linux).
    /// </summary>
    public static JsonObject Library(DiskView view)
    {
        var drive = Full(view, new Dictionary<int, string>());
        var arch = view.Disk.Name.Contains("64", StringComparison.Ordinal) ? "64" : "32";
        drive["resource_uri"] = Uris.Of("libdrives", view.Disk.EntityId);
        drive["arch"] = arch;
        drive["category"] = new JsonArray("general");
        drive["description"] = view.Disk.Name;
        drive["favourite"] = false;
        drive["image_type"] = "preinst";
        drive["install_notes"] = "";
        drive["os"] = "linux";
        drive["paid"] = false;
        drive["url"] = "";
        drive["meta"] = new JsonObject { ["arch"] = arch, ["os"] = "linux", ["image_type"] = "preinst", ["paid"] = "False" };
        return drive;
    }

    private static JsonNode? Owner(DiskView view) =>
        view.Disk.AccountId is { } account ? Uris.Related("user", Uris.UserUuid(account)) : null;

    private static string Uri(DiskView view) =>
        Uris.Of(view.Disk.AccountId is null ? "libdrives" : "drives", view.Disk.EntityId);
}
