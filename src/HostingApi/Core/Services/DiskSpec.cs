using HostingApi.Core.Domain;

namespace HostingApi.Core.Services;

/// <summary>What <c>hosting.disk.create</c>/<c>create_from</c> ask for (Gandi's DiskDescription / DiskCopyDescription), free of the wire.</summary>
public sealed record DiskSpec(int? DatacenterId, string? Name, long? SizeBytes, int? SnapshotProfileId, string? Type = null);

/// <summary>
/// What <c>hosting.disk.update</c> asks for (Gandi's DiskUpdate). <see cref="SnapshotProfileId"/>:
/// null = not asked; <see cref="RemoveSnapshotProfile"/> = the client sent <c>''</c>.
/// </summary>
public sealed record DiskChanges(
    string? Name = null,
    long? SizeBytes = null,
    string? Kernel = null,
    IReadOnlyList<NamedValue>? Cmdline = null,
    int? SnapshotProfileId = null,
    bool RemoveSnapshotProfile = false);
