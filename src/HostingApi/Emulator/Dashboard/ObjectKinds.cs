using System.Globalization;
using HostingApi.Core.Domain;
using HostingApi.Core.Inspection;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Emulator.Dashboard;

/// <summary>
/// The kinds of object the dashboard shows. <see cref="All"/> are the core's own, read through its model in
/// its words and units (Gandi's hosting API uses the same words: a Gandi account is shown these). A provider
/// whose words differ (Gigas, CloudSigma) registers its own kinds in DI as <see cref="IAccountObjectKind"/>
/// (its dialect's wire code says the words); an account of that provider is shown those instead, and a new
/// kind is one more registration: no page changes.
/// </summary>
public static class ObjectKinds
{
    private const string Hosting = "Hosting";

    public static IReadOnlyList<ObjectKindView> All { get; } =
    [
        new()
        {
            Key = "disks", Title = "Disks", Family = Hosting, Columns = ["size", "type", "datacenter", "vm", "boot"],
            LoadAsync = (db, tenant, id, limit, ct) => PageAsync(
                db.Disks.Where(d => d.AccountId == tenant.AccountId && (id == null || d.Id == id)).OrderBy(d => d.Id), limit,
                d => new ObjectRow(d.Id, d.Name, WireName.Of(d.State),
                    Fields(Size(d.SizeBytes), WireName.Of(d.Type), Text(d.DatacenterId), Text(d.VmId), d.IsBootDisk ? "yes" : "no")), ct),
            CountAsync = (db, ct) => db.Disks.Where(d => d.AccountId != null).GroupBy(d => d.AccountId!.Value).ToDictionaryAsync(g => g.Key, g => g.Count(), ct),
            OperationsOf = (operations, id) => operations.Where(o => o.DiskId == id),
        },
        new()
        {
            Key = "vms", Title = "VMs", Family = Hosting, Columns = ["cores", "memory", "datacenter", "console"],
            LoadAsync = (db, tenant, id, limit, ct) => PageAsync(
                db.Vms.Where(v => v.AccountId == tenant.AccountId && (id == null || v.Id == id)).OrderBy(v => v.Id), limit,
                v => new ObjectRow(v.Id, v.Hostname, WireName.Of(v.State),
                    Fields(Text(v.Cores), $"{v.Memory} MB", Text(v.DatacenterId), v.Console != 0 ? "on" : "off")), ct),
            CountAsync = (db, ct) => db.Vms.GroupBy(v => v.AccountId).ToDictionaryAsync(g => g.Key, g => g.Count(), ct),
            OperationsOf = (operations, id) => operations.Where(o => o.VmId == id),
        },
        new()
        {
            Key = "ifaces", Title = "Interfaces", Family = Hosting, Columns = ["type", "bandwidth", "vm", "vlan", "datacenter"],
            LoadAsync = (db, tenant, id, limit, ct) => PageAsync(
                db.Ifaces.Where(i => i.AccountId == tenant.AccountId && (id == null || i.Id == id)).OrderBy(i => i.Id), limit,
                i => new ObjectRow(i.Id, $"iface {i.Id}", WireName.Of(i.State),
                    Fields(WireName.Of(i.Type), $"{Number(i.Bandwidth)} kbit/s", Text(i.VmId), Text(i.VlanId), Text(i.DatacenterId))), ct),
            CountAsync = (db, ct) => db.Ifaces.GroupBy(i => i.AccountId).ToDictionaryAsync(g => g.Key, g => g.Count(), ct),
            OperationsOf = (operations, id) => operations.Where(o => o.IfaceId == id),
        },
        new()
        {
            Key = "ips", Title = "IPs", Family = Hosting, Columns = ["version", "iface", "reverse", "datacenter"],
            LoadAsync = (db, tenant, id, limit, ct) => PageAsync(
                db.Ips.Where(i => i.AccountId == tenant.AccountId && (id == null || i.Id == id)).OrderBy(i => i.Id), limit,
                i => new ObjectRow(i.Id, i.Address ?? "(no address yet)", WireName.Of(i.State),
                    Fields($"IPv{i.Version}", Text(i.IfaceId), i.Reverse, Text(i.DatacenterId))), ct),
            CountAsync = (db, ct) => db.Ips.GroupBy(i => i.AccountId).ToDictionaryAsync(g => g.Key, g => g.Count(), ct),
            OperationsOf = (operations, id) => operations.Where(o => o.IpId == id),
        },
        new()
        {
            Key = "ssh-keys", Title = "SSH keys", Family = Hosting, Columns = ["fingerprint", "created"],
            LoadAsync = (db, tenant, id, limit, ct) => PageAsync(
                db.SshKeys.Where(k => k.AccountId == tenant.AccountId && (id == null || k.Id == id)).OrderBy(k => k.Id), limit,
                k => new ObjectRow(k.Id, k.Name, "created", Fields(k.Fingerprint, DashboardFormat.Time(k.DateCreated))), ct),
            CountAsync = (db, ct) => db.SshKeys.GroupBy(k => k.AccountId).ToDictionaryAsync(g => g.Key, g => g.Count(), ct),
        },
        new()
        {
            Key = "vlans", Title = "VLANs", Family = Hosting, Columns = ["subnet", "gateway", "datacenter"],
            LoadAsync = (db, tenant, id, limit, ct) => PageAsync(
                db.Vlans.Where(v => v.AccountId == tenant.AccountId && (id == null || v.Id == id)).OrderBy(v => v.Id), limit,
                v => new ObjectRow(v.Id, v.Name, WireName.Of(v.State), Fields(v.Subnet, v.Gateway ?? "", Text(v.DatacenterId))), ct),
            CountAsync = (db, ct) => db.Vlans.GroupBy(v => v.AccountId).ToDictionaryAsync(g => g.Key, g => g.Count(), ct),
        },
    ];

    /// <summary>The kinds an account of <paramref name="provider"/> is shown: its provider's own, else the core's.</summary>
    public static IReadOnlyList<ObjectKindView> For(string provider, IEnumerable<IAccountObjectKind> registered)
    {
        var own = registered.Where(k => k.Provider == provider).Select(Of).ToList();
        return own.Count > 0 ? own : All;
    }

    /// <summary>A provider's kind as the pages take it (asked through its own reads, the database left to them).</summary>
    public static ObjectKindView Of(IAccountObjectKind kind) => new()
    {
        Key = kind.Key, Title = kind.Title, Family = kind.Family, Columns = kind.Columns,
        LoadAsync = async (_, tenant, id, limit, ct) => id is not { } one
            ? await kind.ListAsync(tenant, limit, ct)
            : await kind.FindAsync(tenant, one, ct) is { } row ? new([row], 1) : new([], 0),
        OperationsOf = kind.OperationsOf,
    };

    // The first rows of an account's objects and how many there are.
    private static async Task<ObjectRows> PageAsync<T>(IQueryable<T> owned, int limit, Func<T, ObjectRow> row, CancellationToken ct) where T : class =>
        new([.. (await owned.AsNoTracking().Take(limit).ToListAsync(ct)).Select(row)], await owned.CountAsync(ct));

    private static string[] Fields(params string[] values) => values;

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    // Sizes are bytes in the core; a person reads GiB (or MiB below one GiB).
    private static string Size(long bytes) => bytes >= 1024 * Disk.Mebibyte
        ? $"{(bytes / (1024.0 * Disk.Mebibyte)).ToString("0.##", CultureInfo.InvariantCulture)} GiB"
        : $"{bytes / Disk.Mebibyte} MiB";
}
