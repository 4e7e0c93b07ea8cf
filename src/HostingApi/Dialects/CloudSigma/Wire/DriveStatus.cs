using HostingApi.Core.Domain;
using HostingApi.Core.Operations;
using HostingApi.Core.Services;

namespace HostingApi.Dialects.CloudSigma.Wire;

/// <summary>
/// A drive's <c>status</c>, derived from the core (never stored): the disk's lifecycle, its pending
/// operations, whether a copy of it is being made, and whether it is attached.
/// </summary>
public static class DriveStatus
{
    public const string Creating = "creating";
    public const string CloningDst = "cloning_dst";
    public const string Resizing = "resizing";

    public static string Of(DiskView view) => view.Disk.State switch
    {
        DiskState.BeingCreated => view.Disk.SourceId is null ? Creating : CloningDst,
        DiskState.Created when view.PendingOperations.Contains(OperationTypes.DiskUpdate) => Resizing,
        DiskState.Created when view.IsCopySource => "cloning_src",
        DiskState.Created => view.Disk.VmId is null ? "unmounted" : "mounted",
        _ => "unavailable",
    };

    /// <summary>Until a drive exists its storage is not chosen: CloudSigma answers null then (seed 004).</summary>
    public static bool HasStorage(string status) => status is not (Creating or CloningDst);
}
