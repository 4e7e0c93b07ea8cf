using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;

namespace HostingApi.Core.Services;

/// <summary>Every read the cache keeps, named once.</summary>
public enum ReadQuery
{
    DatacenterList,
    ImageList,
    DiskInfo,
    DiskList,
    DiskCount,
    VmInfo,
    VmList,
    VmCount,
    IfaceInfo,
    IfaceList,
    IfaceCount,
    IpInfo,
    IpList,
    IpCount,
    VlanInfo,
    VlanList,
    VlanCount,
    SshKeyInfo,
    SshKeyList,
    SshKeyCount,
    OperationInfo,
    OperationList,
    OperationCount,
    DiskSettingsList,
    PendingOperations,
    DiskViewInfo,
    DiskViewList,
}

/// <summary>What a cached answer is for: the query, the account (0: shared catalog), and its arguments.</summary>
public readonly record struct ReadKey(ReadQuery Query, int AccountId, long Id = 0, string? Arguments = null)
{
    /// <summary>One object of the account's.</summary>
    public static ReadKey Of(ReadQuery query, Tenant tenant, long id) => new(query, tenant.AccountId, id);

    /// <summary>A listing or count of the account's objects.</summary>
    public static ReadKey Of(ReadQuery query, Tenant tenant, ListRequest request) => new(query, tenant.AccountId, Arguments: request.CacheKey());

    /// <summary>A listing of the shared catalog.</summary>
    public static ReadKey Catalog(ReadQuery query, ListRequest request) => new(query, 0, Arguments: request.CacheKey());
}
