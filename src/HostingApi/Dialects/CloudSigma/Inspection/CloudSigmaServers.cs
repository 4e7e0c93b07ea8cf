using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Inspection;
using HostingApi.Core.Services;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.CloudSigma.Servers;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Inspection;

/// <summary>
/// A CloudSigma account's servers (its core VMs) for the dashboard, as <c>GET /servers/detail/</c> lists them:
/// each row is filled from the same full server the API answers (<see cref="ServerWire.Full"/>: its status,
/// <c>uuid</c>, <c>cpu</c> in MHz, <c>mem</c> in bytes, <c>smp</c>, its drives).
/// </summary>
public sealed class CloudSigmaServers(VmService vms, DiskViews views, OperationService operations, Annotations annotations) : WholeListObjectKind
{
    public override string Provider => Providers.CloudSigma;

    public override string Key => "servers";

    public override string Title => "Servers";

    public override string Family => CloudSigmaInspection.Family;

    public override IReadOnlyList<string> Columns { get; } = ["uuid", "cpu (MHz)", "mem", "smp", "drives"];

    public override IQueryable<Operation> OperationsOf(IQueryable<Operation> operations, int id) => operations.Where(o => o.VmId == id);

    protected override async Task<List<ObjectRow>> RowsAsync(Tenant tenant, int? id, CancellationToken ct)
    {
        // A server is what GET /servers/ lists: no VM whose deletion has started.
        var shown = (await vms.PeekAllAsync(tenant, ct)).Where(v => v.State != VmState.Deleted && (id is null || v.Id == id)).ToList();
        if (shown.Count == 0)
        {
            return [];
        }

        var disks = (await views.PeekListAsync(tenant, DriveAttributes.Dialect, new DiskQuery(), ct)).Items.Select(v => v.Disk).ToList();
        var pending = (await operations.PeekPendingAsync(tenant, ct)).Where(o => o.VmId is not null).ToLookup(o => o.VmId!.Value, o => o.Type);
        var attributes = (await annotations.ListAsync(tenant, DriveAttributes.Dialect, ObjectKind.Vm, ct)).ToDictionary(a => a.ObjectId, a => a.Json);
        return [.. shown.Select(vm =>
        {
            // No ifaces: they fill only a running NIC's runtime addresses, which the dashboard does not show.
            var view = new ServerView(vm, [.. disks.Where(d => d.VmId == vm.Id).OrderBy(d => d.Position)], [], [.. pending[vm.Id]],
                ServerAttributes.Parse(attributes.GetValueOrDefault(vm.Id), vm.Cores, vm.Memory));
            var server = ServerWire.Full(view);
            return new ObjectRow(vm.Id, WireText.Of(server["name"]), WireText.Of(server["status"]),
            [
                WireText.Of(server["uuid"]),
                WireText.Of(server["cpu"]),
                WireText.Bytes((long)server["mem"]!),
                WireText.Of(server["smp"]),
                string.Join(", ", server["drives"]!.AsArray().Select(d => WireText.Of(d?["drive"]?["uuid"]))),
            ]);
        })];
    }
}
