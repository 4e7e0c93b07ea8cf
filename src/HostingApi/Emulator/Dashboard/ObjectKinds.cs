using System.Globalization;
using HostingApi.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Emulator.Dashboard;

/// <summary>
/// The kinds of object the dashboard shows, read through the core's own model (never a dialect's wire
/// form), in neutral words and units. The extension point for the next front doors: CloudSigma's drives
/// and servers and Gigas' disks, once the core holds them, are one entry each here (with their own
/// <see cref="ObjectKindView.Family"/>); no page changes.
/// </summary>
public static class ObjectKinds
{
    private const string Hosting = "Hosting";

    public static IReadOnlyList<ObjectKindView> All { get; } =
    [
        new()
        {
            Key = "disks", Title = "Disks", Family = Hosting, Columns = ["size", "type", "datacenter", "vm", "boot"],
            LoadAsync = async (db, account, id, limit, ct) => [.. (await db.Disks.AsNoTracking()
                    .Where(d => d.AccountId == account && (id == null || d.Id == id)).OrderBy(d => d.Id).Take(limit).ToListAsync(ct))
                .Select(d => new ObjectRow(d.Id, d.Name, WireName.Of(d.State),
                    Fields(Size(d.SizeBytes), WireName.Of(d.Type), Text(d.DatacenterId), Text(d.VmId), d.IsBootDisk ? "yes" : "no")))],
            CountAsync = (db, ct) => db.Disks.Where(d => d.AccountId != null).GroupBy(d => d.AccountId!.Value).ToDictionaryAsync(g => g.Key, g => g.Count(), ct),
            OperationsOf = (operations, id) => operations.Where(o => o.DiskId == id),
        },
        new()
        {
            Key = "vms", Title = "VMs", Family = Hosting, Columns = ["cores", "memory", "datacenter", "console"],
            LoadAsync = async (db, account, id, limit, ct) => [.. (await db.Vms.AsNoTracking()
                    .Where(v => v.AccountId == account && (id == null || v.Id == id)).OrderBy(v => v.Id).Take(limit).ToListAsync(ct))
                .Select(v => new ObjectRow(v.Id, v.Hostname, WireName.Of(v.State),
                    Fields(Text(v.Cores), $"{v.Memory} MB", Text(v.DatacenterId), v.Console != 0 ? "on" : "off")))],
            CountAsync = (db, ct) => db.Vms.GroupBy(v => v.AccountId).ToDictionaryAsync(g => g.Key, g => g.Count(), ct),
            OperationsOf = (operations, id) => operations.Where(o => o.VmId == id),
        },
        new()
        {
            Key = "ifaces", Title = "Interfaces", Family = Hosting, Columns = ["type", "bandwidth", "vm", "vlan", "datacenter"],
            LoadAsync = async (db, account, id, limit, ct) => [.. (await db.Ifaces.AsNoTracking()
                    .Where(i => i.AccountId == account && (id == null || i.Id == id)).OrderBy(i => i.Id).Take(limit).ToListAsync(ct))
                .Select(i => new ObjectRow(i.Id, $"iface {i.Id}", WireName.Of(i.State),
                    Fields(WireName.Of(i.Type), $"{Number(i.Bandwidth)} kbit/s", Text(i.VmId), Text(i.VlanId), Text(i.DatacenterId))))],
            CountAsync = (db, ct) => db.Ifaces.GroupBy(i => i.AccountId).ToDictionaryAsync(g => g.Key, g => g.Count(), ct),
            OperationsOf = (operations, id) => operations.Where(o => o.IfaceId == id),
        },
        new()
        {
            Key = "ips", Title = "IPs", Family = Hosting, Columns = ["version", "iface", "reverse", "datacenter"],
            LoadAsync = async (db, account, id, limit, ct) => [.. (await db.Ips.AsNoTracking()
                    .Where(i => i.AccountId == account && (id == null || i.Id == id)).OrderBy(i => i.Id).Take(limit).ToListAsync(ct))
                .Select(i => new ObjectRow(i.Id, i.Address ?? "(no address yet)", WireName.Of(i.State),
                    Fields($"IPv{i.Version}", Text(i.IfaceId), i.Reverse, Text(i.DatacenterId))))],
            CountAsync = (db, ct) => db.Ips.GroupBy(i => i.AccountId).ToDictionaryAsync(g => g.Key, g => g.Count(), ct),
            OperationsOf = (operations, id) => operations.Where(o => o.IpId == id),
        },
        new()
        {
            Key = "ssh-keys", Title = "SSH keys", Family = Hosting, Columns = ["fingerprint", "created"],
            LoadAsync = async (db, account, id, limit, ct) => [.. (await db.SshKeys.AsNoTracking()
                    .Where(k => k.AccountId == account && (id == null || k.Id == id)).OrderBy(k => k.Id).Take(limit).ToListAsync(ct))
                .Select(k => new ObjectRow(k.Id, k.Name, "created", Fields(k.Fingerprint, DashboardFormat.Time(k.DateCreated))))],
            CountAsync = (db, ct) => db.SshKeys.GroupBy(k => k.AccountId).ToDictionaryAsync(g => g.Key, g => g.Count(), ct),
        },
        new()
        {
            Key = "vlans", Title = "VLANs", Family = Hosting, Columns = ["subnet", "gateway", "datacenter"],
            LoadAsync = async (db, account, id, limit, ct) => [.. (await db.Vlans.AsNoTracking()
                    .Where(v => v.AccountId == account && (id == null || v.Id == id)).OrderBy(v => v.Id).Take(limit).ToListAsync(ct))
                .Select(v => new ObjectRow(v.Id, v.Name, WireName.Of(v.State), Fields(v.Subnet, v.Gateway ?? "", Text(v.DatacenterId))))],
            CountAsync = (db, ct) => db.Vlans.GroupBy(v => v.AccountId).ToDictionaryAsync(g => g.Key, g => g.Count(), ct),
        },
    ];

    public static ObjectKindView? Find(string key) => All.FirstOrDefault(k => k.Key == key);

    private static string[] Fields(params string[] values) => values;

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    // Sizes are bytes in the core; a person reads GiB (or MiB below one GiB).
    private static string Size(long bytes) => bytes >= 1024 * Disk.Mebibyte
        ? $"{(bytes / (1024.0 * Disk.Mebibyte)).ToString("0.##", CultureInfo.InvariantCulture)} GiB"
        : $"{bytes / Disk.Mebibyte} MiB";
}
