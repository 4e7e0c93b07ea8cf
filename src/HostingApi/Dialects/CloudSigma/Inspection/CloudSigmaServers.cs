using System.Globalization;
using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Inspection;
using HostingApi.Core.Services;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Inspection;

/// <summary>
/// A CloudSigma account's servers (its core VMs) for the dashboard. Provisional: the dialect has no
/// <c>/servers/</c> routes yet, so the status words and fields are <see cref="Status"/> and <see cref="Fields"/>
/// here, the one place to replace with the servers' wire code (their status, their full form) once it exists.
/// </summary>
public sealed class CloudSigmaServers(VmService vms, DiskViews views, Annotations annotations) : IAccountObjectKind
{
    public string Provider => Providers.CloudSigma;

    public string Key => "servers";

    public string Title => "Servers";

    public string Family => CloudSigmaInspection.Family;

    public IReadOnlyList<string> Columns { get; } = ["uuid", "smp", "mem", "drives"];

    public async Task<ObjectRows> ListAsync(Tenant tenant, int limit, CancellationToken ct)
    {
        var rows = await RowsAsync(tenant, null, ct);
        return new([.. rows.Take(limit)], rows.Count);
    }

    public async Task<ObjectRow?> FindAsync(Tenant tenant, int id, CancellationToken ct) => (await RowsAsync(tenant, id, ct)).FirstOrDefault();

    public IQueryable<Operation> OperationsOf(IQueryable<Operation> operations, int id) => operations.Where(o => o.VmId == id);

    /// <summary>CloudSigma's server status, provisionally: <c>running</c> or <c>stopped</c> (a server is made stopped).</summary>
    public static string Status(Vm vm) => vm.State == VmState.Running ? "running" : "stopped";

    /// <summary>The server's uuid (its annotation's, empty if it has none), <c>smp</c> (cores), <c>mem</c> (bytes) and its drives' uuids.</summary>
    public static IReadOnlyList<string> Fields(Vm vm, string? uuid, IEnumerable<Disk> drives) =>
    [
        uuid ?? "",
        vm.Cores.ToString(CultureInfo.InvariantCulture),
        WireText.Bytes(vm.Memory * Disk.Mebibyte),
        string.Join(", ", drives.Where(d => d.VmId == vm.Id).OrderBy(d => d.Position).Select(d => d.EntityId)),
    ];

    private async Task<List<ObjectRow>> RowsAsync(Tenant tenant, int? id, CancellationToken ct)
    {
        var shown = (await vms.PeekAllAsync(tenant, ct)).Where(v => v.State != VmState.Deleted && (id is null || v.Id == id)).ToList();
        if (shown.Count == 0)
        {
            return [];
        }

        var uuids = (await annotations.ListAsync(tenant, DriveAttributes.Dialect, ObjectKind.Vm, ct)).ToDictionary(a => a.ObjectId, a => a.EntityId);
        var drives = (await views.PeekListAsync(tenant, DriveAttributes.Dialect, new DiskQuery(), ct)).Items.Select(v => v.Disk).ToList();
        return [.. shown.Select(vm => new ObjectRow(vm.Id, vm.Hostname, Status(vm), Fields(vm, uuids.GetValueOrDefault(vm.Id), drives)))];
    }
}
