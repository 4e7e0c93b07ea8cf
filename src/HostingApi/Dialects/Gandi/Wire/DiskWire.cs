using HostingApi.Core.Domain;
using HostingApi.Core.Services;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Wire;

/// <summary>
/// A disk as Gandi's DiskReturn: <c>info</c> carries <c>kernel_cmdline</c> and the <c>snapshot_profile</c>
/// struct; <c>list</c> carries <c>snapshot_profile_id</c> instead.
/// </summary>
public static class DiskWire
{
    public static XmlRpcStruct Info(DiskDetails details)
    {
        var result = Common(details.Disk, details.Profile, details.SnapshotIds);
        result.Add("kernel_cmdline", details.Disk.KernelCmdline.Count == 0 ? XmlRpcValue.Nil : NamedValueWire.ToStruct(details.Disk.KernelCmdline));
        result.Add("snapshot_profile", details.Profile is { } profile ? CatalogWire.SnapshotProfile(profile) : XmlRpcValue.Nil);
        return result;
    }

    public static XmlRpcStruct ListItem(DiskDetails details)
    {
        var result = Common(details.Disk, details.Profile, details.SnapshotIds);
        result.Add("snapshot_profile_id", OperationWire.Id(details.Disk.SnapshotProfileId));
        return result;
    }

    private static XmlRpcStruct Common(Disk d, SnapshotProfile? profile, IReadOnlyList<int> snapshotIds) => new(22)
    {
        { "id", d.Id },
        { "name", d.Name },
        { "label", d.Label },
        { "size", GandiDiskSize.Megabytes(d.SizeBytes) },
        { "total_size", GandiDiskSize.Megabytes(QuotaCalculator.DiskCost(d.SizeBytes, profile)) },
        { "state", WireName.Of(d.State) },
        { "type", WireName.Of(d.Type) },
        { "visibility", WireName.Of(d.Visibility) },
        { "datacenter_id", d.DatacenterId },
        { "source", OperationWire.Id(d.SourceId) },
        { "kernel_version", d.KernelVersion },
        { "can_snapshot", d.CanSnapshot },
        { "is_boot_disk", d.IsBootDisk },
        { "is_migrating", d.IsMigrating },
        { "entity_id", d.EntityId },
        { "vms_id", d.VmId is { } vm ? CatalogWire.Ints([vm]) : new XmlRpcArray() },
        { "snapshots_id", CatalogWire.Ints(snapshotIds) },
        { "date_created", d.DateCreated },
        { "date_updated", d.DateUpdated },
    };
}
