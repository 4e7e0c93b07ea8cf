namespace HostingApi.Core.Errors;

/// <summary>The kinds of object the core's errors are about; each dialect names them in its own words.</summary>
public enum ObjectKind
{
    Account,
    Session,
    Operation,
    Datacenter,
    Image,
    Kernel,
    SnapshotProfile,
    Disk,
    Snapshot,
    Vm,
    Iface,
    Ip,
    Vlan,
    SshKey,
    Product,

    /// <summary>A dialect's tag (CloudSigma's <c>/tags/</c>): no core object, only its annotation.</summary>
    Tag,

    /// <summary>A listing's filters, paging or sort order.</summary>
    Listing,
}
