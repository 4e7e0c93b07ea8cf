using HostingApi.Core.Services;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gandi.Endpoint;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Dialects.Gandi.Wire;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.V3;

/// <summary><c>hosting.disk.*</c> (and the legacy <c>disk.*</c> names). Kernels and options are in <see cref="CatalogMethods"/>.</summary>
public sealed class HostingDiskMethods : IRpcMethodFamily
{
    private static readonly WireForm<DiskDetails> InfoForm = new(d => DiskWire.Info(d));
    private static readonly WireForm<IReadOnlyList<DiskDetails>> ListForm = new(list => new XmlRpcArray(list.Select(d => (XmlRpcValue)DiskWire.ListItem(d))));

    public void Register(RpcMethodRegistryBuilder methods)
    {
        methods
            .Add("hosting.disk.count", CountAsync, "int", ListingHelp.Count("the account's disks", DiskService.Disks))
            .Add("hosting.disk.create", CreateAsync, "struct",
                "Creates an empty data disk (size in MB, a multiple of 1024, default 10240); checks the quota and the opened-datacenter constraint. Answers the disk_create operation.")
            .Add("hosting.disk.create_from", CreateFromAsync, "struct",
                "Creates a disk from another (an image's disk_id, a snapshot, a disk): kernel, cmdline, size and label copied, size may grow. With type 'snapshot', a snapshot of it. Answers the disk_create operation.")
            .Add("hosting.disk.delete", DeleteAsync, "struct", "Deletes a detached disk and frees its quota. Answers the disk_delete operation.")
            .Add("hosting.disk.info", InfoAsync, "struct", "Describes a disk (with kernel_cmdline and snapshot_profile).")
            .Add("hosting.disk.list", ListAsync, "array", ListingHelp.List("the account's disks", DiskService.Disks))
            .Add("hosting.disk.migrate", MigrateAsync, "struct", "Migrates a detached disk to a datacenter its own can migrate to. Answers the hosting_migration_disk operation.")
            .Add("hosting.disk.rollback_from", RollbackFromAsync, "struct",
                "Rolls back to a snapshot: a new disk from it, its source disk in state rollback meanwhile. The answer's id is the new disk's id (and the operation's).")
            .Add("hosting.disk.update", UpdateAsync, "struct",
                "Updates name, size (grow only), kernel, cmdline or cmdline_options, snapshot_profile ('' removes it). Renaming or resizing an attached disk reboots its VM. Answers the disk_update operation.");

        foreach (var verb in new[] { "count", "create", "create_from", "delete", "info", "list", "migrate", "rollback_from", "update" })
        {
            methods.Alias($"disk.{verb}", $"hosting.disk.{verb}");
        }
    }

    private static async Task<XmlRpcValue> CountAsync(Tenant tenant, DiskService disks, ListRequest? opts = null) =>
        await disks.CountAsync(tenant, opts ?? ListRequest.Empty);

    private static async Task<XmlRpcValue> CreateAsync(Tenant tenant, DiskService disks, DiskDescription diskSpec) =>
        OperationWire.Op(await disks.CreateAsync(tenant, diskSpec.ToSpec()), tenant);

    private static async Task<XmlRpcValue> CreateFromAsync(Tenant tenant, DiskService disks, DiskDescription diskSpec, int srcDiskId) =>
        OperationWire.Op(await disks.CreateFromAsync(tenant, diskSpec.ToSpec(), srcDiskId), tenant);

    private static async Task<XmlRpcValue> DeleteAsync(Tenant tenant, DiskService disks, int diskId) =>
        OperationWire.Op(await disks.DeleteAsync(tenant, diskId), tenant);

    private static async Task<XmlRpcValue> InfoAsync(Tenant tenant, DiskService disks, int diskId) =>
        InfoForm.Of(await disks.InfoAsync(tenant, diskId));

    private static async Task<XmlRpcValue> ListAsync(Tenant tenant, DiskService disks, ListRequest? opts = null) =>
        ListForm.Of(await disks.ListAsync(tenant, opts ?? ListRequest.Empty));

    private static async Task<XmlRpcValue> MigrateAsync(Tenant tenant, DiskService disks, int diskId, int targetDc) =>
        OperationWire.Op(await disks.MigrateAsync(tenant, diskId, targetDc), tenant);

    private static async Task<XmlRpcValue> RollbackFromAsync(Tenant tenant, DiskService disks, int snapshotId) =>
        OperationWire.Op(await disks.RollbackFromAsync(tenant, snapshotId), tenant);

    private static async Task<XmlRpcValue> UpdateAsync(Tenant tenant, DiskService disks, int diskId, DiskUpdate diskSpec) =>
        OperationWire.Op(await disks.UpdateAsync(tenant, diskId, diskSpec.ToChanges()), tenant);
}
