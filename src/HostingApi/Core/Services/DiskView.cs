using HostingApi.Core.Domain;

namespace HostingApi.Core.Services;

/// <summary>
/// A disk with what a dialect needs to derive its own status word: the operations still pending on
/// it, whether a copy of it is being made, and the dialect's own attributes (<see cref="ObjectAnnotation"/> JSON).
/// </summary>
public sealed record DiskView(Disk Disk, IReadOnlyList<string> PendingOperations, bool IsCopySource, string? Annotation, bool OnRunningVm);

/// <summary>A page of disks and how many match in all.</summary>
public sealed record DiskPage(int TotalCount, IReadOnlyList<DiskView> Items);

/// <summary>
/// Which disks a listing by the dialect's id wants: exact names or a name part, entity ids (uuids),
/// and a page (<see cref="Limit"/> 0: all).
/// </summary>
public sealed record DiskQuery(
    IReadOnlyList<string>? Names = null,
    string? NameContains = null,
    IReadOnlyList<string>? EntityIds = null,
    int Offset = 0,
    int Limit = 0)
{
    /// <summary>The read cache's key for this query.</summary>
    public string CacheKey() =>
        $"{string.Join(',', Names ?? [])}|{NameContains}|{string.Join(',', EntityIds ?? [])}|{Offset}|{Limit}";
}
