using HostingApi.Core.Domain;
using HostingApi.Core.Inspection;
using HostingApi.Core.Services;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gigas.Wire;

namespace HostingApi.Dialects.Gigas.Inspection;

/// <summary>
/// A Gigas account's disks for the dashboard, as <c>GET /account/&lt;id&gt;/disks</c> lists them: each row
/// is filled from the same Disk resource the API answers (status, <c>disk_size</c> in GB, <c>locked</c>, ...).
/// </summary>
public sealed class GigasDisks(DiskService disks, VmService vms, OperationService operations) : WholeListObjectKind
{
    public override string Provider => Providers.Gigas;

    public override string Key => "disks";

    public override string Title => "Disks";

    public override string Family => GigasInspection.Family;

    // Each column: its label (the wire name, with the unit the wire leaves unsaid) and the resource field it shows.
    private static readonly (string Label, string Field)[] Shown = [("disk_size (GB)", "disk_size"), ("locked", "locked"), ("virtual_machine_id", "virtual_machine_id"), ("mount_point", "mount_point"), ("is_swap", "is_swap"), ("data_store_id", "data_store_id")];

    public override IReadOnlyList<string> Columns { get; } = [.. Shown.Select(c => c.Label)];

    public override IQueryable<Operation> OperationsOf(IQueryable<Operation> operations, int id) => operations.Where(o => o.DiskId == id);

    protected override async Task<List<ObjectRow>> RowsAsync(Tenant tenant, int? id, CancellationToken ct)
    {
        var listed = (await disks.PeekWithSettingsAsync(tenant, ct)).Where(d => DiskResource.IsListed(d.Disk) && (id is null || d.Disk.Id == id)).ToList();
        var locks = new GigasLocks(await operations.PeekPendingAsync(tenant, ct));
        var hostnames = (await vms.PeekAllAsync(tenant, ct)).ToDictionary(v => v.Id, v => v.Hostname);
        return [.. listed.Select(d =>
        {
            var resource = WireText.Of(DiskResource.Of(d, locks));
            return new ObjectRow(d.Disk.Id, Name(d, hostnames), WireText.Of(resource["status"]), [.. Shown.Select(c => WireText.Of(resource[c.Field]))]);
        })];
    }

    // A Gigas disk has no name of its own: it is named by its part in its VM, in Gigas' words (the "primary" filter, is_swap).
    private static string Name(DiskWithSettings d, Dictionary<int, string> hostnames)
    {
        var role = d.Disk.Position == 0 ? "primary" : d.Settings?.IsSwap == true ? "swap" : "data";
        return d.Disk.VmId is { } vm && hostnames.TryGetValue(vm, out var hostname) ? $"{role} disk of {hostname}" : $"{role} disk";
    }
}
