using HostingApi.Core.Domain;
using HostingApi.Core.Inspection;
using HostingApi.Core.Services;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gigas.Wire;

namespace HostingApi.Dialects.Gigas.Inspection;

/// <summary>A Gigas account's VMs for the dashboard, filled from the Virtual Machine resource the API answers (<c>online</c>, memory in MB, ...).</summary>
public sealed class GigasVms(DiskService disks, VmService vms, OperationService operations) : WholeListObjectKind
{
    public override string Provider => Providers.Gigas;

    public override string Key => "virtual_machines";

    public override string Title => "Virtual machines";

    public override string Family => GigasInspection.Family;

    // Each column: its label (the wire name, with the unit the wire leaves unsaid) and the resource field it shows.
    private static readonly (string Label, string Field)[] Shown = [("memory (MB)", "memory"), ("cpus", "cpus"), ("location_id", "location_id"), ("locked", "locked"), ("operating_system_distro", "operating_system_distro")];

    public override IReadOnlyList<string> Columns { get; } = [.. Shown.Select(c => c.Label)];

    public override IQueryable<Operation> OperationsOf(IQueryable<Operation> operations, int id) => operations.Where(o => o.VmId == id);

    protected override async Task<List<ObjectRow>> RowsAsync(Tenant tenant, int? id, CancellationToken ct)
    {
        var shown = (await vms.PeekAllAsync(tenant, ct)).Where(v => id is null || v.Id == id).ToList();
        var attached = await disks.PeekWithSettingsAsync(tenant, ct);
        var locks = new GigasLocks(await operations.PeekPendingAsync(tenant, ct));
        return [.. shown.Select(vm =>
        {
            var resource = WireText.Of(VmResource.Of(vm, attached, locks));
            return new ObjectRow(vm.Id, WireText.Of(resource["hostname"]), WireText.Of(resource["status"]), [.. Shown.Select(c => WireText.Of(resource[c.Field]))]);
        })];
    }
}
