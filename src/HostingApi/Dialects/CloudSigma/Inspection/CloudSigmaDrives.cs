using HostingApi.Core.Domain;
using HostingApi.Core.Inspection;
using HostingApi.Core.Services;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Inspection;

/// <summary>
/// A CloudSigma account's drives for the dashboard, as <c>GET /drives/detail/</c> lists them: each row is
/// filled from the same full drive the API answers (its derived <c>status</c>, <c>uuid</c>, <c>size</c>, <c>media</c>, <c>mounted_on</c>).
/// </summary>
public sealed class CloudSigmaDrives(DiskViews views, VmService vms) : IAccountObjectKind
{
    // Each column: its label and the drive field it shows (size is written out in GiB too).
    private static readonly (string Label, string Field)[] Shown = [("uuid", "uuid"), ("size", "size"), ("media", "media"), ("mounted_on", "mounted_on"), ("storage_type", "storage_type")];

    public string Provider => Providers.CloudSigma;

    public string Key => "drives";

    public string Title => "Drives";

    public string Family => CloudSigmaInspection.Family;

    public IReadOnlyList<string> Columns { get; } = [.. Shown.Select(c => c.Label)];

    public async Task<ObjectRows> ListAsync(Tenant tenant, int limit, CancellationToken ct)
    {
        var page = await views.PeekListAsync(tenant, DriveAttributes.Dialect, new DiskQuery(Limit: limit), ct);
        return new(await RowsAsync(tenant, page.Items, ct), page.TotalCount);
    }

    public async Task<ObjectRow?> FindAsync(Tenant tenant, int id, CancellationToken ct)
    {
        // A drive is what GET /drives/ lists: no snapshots, none whose deletion has started.
        var found = (await views.PeekAsync(tenant, DriveAttributes.Dialect, [id], ct)).Where(v => v.Disk.Type != DiskType.Snapshot && v.Disk.State != DiskState.Deleted).ToList();
        return (await RowsAsync(tenant, found, ct)).FirstOrDefault();
    }

    public IQueryable<Operation> OperationsOf(IQueryable<Operation> operations, int id) => operations.Where(o => o.DiskId == id);

    private async Task<List<ObjectRow>> RowsAsync(Tenant tenant, IReadOnlyList<DiskView> drives, CancellationToken ct)
    {
        if (drives.Count == 0)
        {
            return [];
        }

        var servers = (await vms.PeekAllAsync(tenant, ct)).ToDictionary(v => v.Id, v => v.EntityId); // mounted_on names servers by their VMs' uuids
        return [.. drives.Select(view =>
        {
            var drive = DriveWire.Full(view, servers);
            return new ObjectRow(view.Disk.Id, WireText.Of(drive["name"]), WireText.Of(drive["status"]),
                [.. Shown.Select(c => c.Field == "size" ? WireText.Bytes(view.Disk.SizeBytes) : WireText.Of(drive[c.Field]))]);
        })];
    }
}
