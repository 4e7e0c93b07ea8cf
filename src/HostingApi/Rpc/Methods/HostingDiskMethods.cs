using HostingApi.Rpc.Binding;
using HostingApi.Rpc.Wire;
using HostingApi.Services;
using HostingApi.XmlRpc;

namespace HostingApi.Rpc.Methods;

/// <summary><c>hosting.disk.*</c> (so far: create and info; the rest of the surface is listed in docs/api-coverage.md).</summary>
public sealed class HostingDiskMethods : IRpcMethodFamily
{
    public void Register(RpcMethodRegistryBuilder methods) => methods
        .Add("hosting.disk.create", CreateAsync, "struct",
            "Creates an empty data disk (checks the quota and the opened-datacenter constraint); answers the disk_create operation.")
        .Add("hosting.disk.info", InfoAsync, "struct", "Describes a disk.")
        .Alias("disk.create", "hosting.disk.create")
        .Alias("disk.info", "hosting.disk.info");

    private static async Task<XmlRpcValue> CreateAsync(Tenant tenant, DiskService disks, DiskDescription diskSpec) =>
        OperationWire.ToStruct(
            await disks.CreateAsync(tenant, new DiskSpec(diskSpec.DatacenterId, diskSpec.Name, diskSpec.Size, diskSpec.SnapshotProfile)),
            tenant.Handle);

    private static async Task<XmlRpcValue> InfoAsync(Tenant tenant, DiskService disks, int diskId) =>
        DiskWire.Info(await disks.InfoAsync(tenant, diskId));
}

/// <summary>Gandi's DiskDescription: the members <c>hosting.disk.create</c> accepts.</summary>
[RpcStruct]
public sealed class DiskDescription
{
    public required int DatacenterId { get; set; }

    public string? Name { get; set; }

    public int? Size { get; set; }

    public int? SnapshotProfile { get; set; }

    /// <summary>Only <c>data</c> (the default) is accepted: <c>backup</c> disks are Gandi's own.</summary>
    public string? Type { get; set; }

    /// <summary>Accepted and ignored: the emulator has one storage pool.</summary>
    public IReadOnlyList<int>? RepulseFrom { get; set; }
}
