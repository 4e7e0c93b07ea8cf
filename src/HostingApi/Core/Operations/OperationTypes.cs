using System.Collections.Frozen;

namespace HostingApi.Core.Operations;

/// <summary>
/// Every operation type, named once. Services queue these, effects are keyed by them, and the
/// queue refuses to start unless each one has exactly one effect (<see cref="Effects.OperationEffects"/>).
/// The spellings are the ones Gandi's <c>operation.info</c> answers, stored as they are.
/// </summary>
public static class OperationTypes
{
    public const string DiskCreate = "disk_create";
    public const string DiskUpdate = "disk_update";
    public const string DiskDelete = "disk_delete";
    public const string DiskRollbackFrom = "disk_rollback_from";
    public const string DiskMigration = "hosting_migration_disk";
    public const string DiskAttach = "disk_attach";
    public const string DiskDetach = "disk_detach";

    public const string VmCreate = "vm_create";
    public const string VmUpdate = "vm_update";
    public const string VmDelete = "vm_delete";
    public const string VmStart = "vm_start";
    public const string VmStop = "vm_stop";
    public const string VmReboot = "vm_reboot";
    public const string VmMigration = "hosting_migration_vm";

    public const string IfaceCreate = "iface_create";
    public const string IfaceUpdate = "iface_update";
    public const string IfaceDelete = "iface_delete";
    public const string IfaceAttach = "iface_attach";
    public const string IfaceDetach = "iface_detach";
    public const string IfaceMigration = "hosting_migration_iface";

    public const string IpUpdate = "ip_update";

    public const string VlanCreate = "vlan_create";
    public const string VlanUpdate = "vlan_update";
    public const string VlanDelete = "vlan_delete";

    public const string ProductAdd = "hosting_account_product_add";
    public const string ProductRenew = "hosting_account_product_renew";
    public const string ProductRemove = "hosting_account_product_remove";
    public const string ProductUpdate = "hosting_account_product_update";

    public static readonly FrozenSet<string> All = FrozenSet.Create(StringComparer.Ordinal,
        DiskCreate, DiskUpdate, DiskDelete, DiskRollbackFrom, DiskMigration, DiskAttach, DiskDetach,
        VmCreate, VmUpdate, VmDelete, VmStart, VmStop, VmReboot, VmMigration,
        IfaceCreate, IfaceUpdate, IfaceDelete, IfaceAttach, IfaceDetach, IfaceMigration,
        IpUpdate,
        VlanCreate, VlanUpdate, VlanDelete,
        ProductAdd, ProductRenew, ProductRemove, ProductUpdate);
}
