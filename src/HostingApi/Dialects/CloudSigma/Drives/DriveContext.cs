using HostingApi.Core.Errors;
using HostingApi.Core.Services;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.CloudSigma.Auth;
using HostingApi.Dialects.CloudSigma.Errors;
using HostingApi.Dialects.CloudSigma.Wire;
using Microsoft.Extensions.Options;

namespace HostingApi.Dialects.CloudSigma.Drives;

/// <summary>What every drive handler needs, bound once per request: the caller, the core services, the settings.</summary>
public sealed class DriveContext(IHttpContextAccessor http, DiskViews views, DiskService disks, VmService vms, Annotations annotations, IOptions<CloudSigmaOptions> options)
{
    public Tenant Tenant => BasicAuthFilter.TenantOf(http.HttpContext!);

    public DiskViews Views => views;

    public DiskService Disks => disks;

    public Annotations Annotations => annotations;

    public int DatacenterId => options.Value.DatacenterId;

    public CancellationToken Aborted => http.HttpContext!.RequestAborted;

    /// <summary>One of the caller's drives (or, with <paramref name="library"/>, a library drive), else 404.</summary>
    public async Task<DiskView> DriveAsync(string uuid, bool library = false) =>
        await views.FindAsync(Tenant, DriveAttributes.Dialect, uuid, library, Aborted) ?? throw CloudSigmaError.NotExist(uuid);

    /// <summary>The caller's drives as they are right after a change (no catch-up), in the order given.</summary>
    public Task<IReadOnlyList<DiskView>> PeekAsync(IReadOnlyList<int> ids) => views.PeekAsync(Tenant, DriveAttributes.Dialect, ids, Aborted);

    public Task SetAttributesAsync(DiskView view, DriveAttributes attributes) =>
        annotations.SetAsync(Tenant, DriveAttributes.Dialect, ObjectKind.Disk, view.Disk.Id, view.Disk.EntityId, attributes.ToJson(), Aborted);

    /// <summary>The uuid of each of the caller's servers (its core VMs: a server's uuid is its VM's entity id), by VM id, for <c>mounted_on</c>.</summary>
    public async Task<IReadOnlyDictionary<int, string>> ServersAsync() =>
        (await vms.ListAsync(Tenant, new ListRequest([], int.MaxValue), Aborted)).ToDictionary(v => v.Vm.Id, v => v.Vm.EntityId);
}
