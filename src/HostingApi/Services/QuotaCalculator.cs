using HostingApi.Data;
using HostingApi.Domain;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Services;

/// <summary>
/// What an account uses, computed from its objects in SQL (never a counter that could drift):
/// disk = the size of its data and system disks times their snapshot profile's quota factor
/// (snapshots are paid for through that factor; a disk in <c>rollback</c> is not counted);
/// servers, cores and memory of its VMs; its IPv4 addresses; its ifaces' bandwidth.
/// </summary>
public static class QuotaCalculator
{
    public static async Task<ResourceQuota> UsedAsync(HostingDbContext db, int accountId, CancellationToken cancellationToken = default)
    {
        var factors = await db.SnapshotProfiles.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.QuotaFactor, cancellationToken);
        var diskByProfile = await db.Disks.AsNoTracking()
            .Where(d => d.AccountId == accountId && (d.Type == DiskType.Data || d.Type == DiskType.System) && d.State != DiskState.Rollback)
            .GroupBy(d => d.SnapshotProfileId)
            .Select(g => new { Profile = g.Key, Size = g.Sum(d => (long)d.Size) })
            .ToListAsync(cancellationToken);
        var disk = diskByProfile.Sum(g => (long)Math.Ceiling(g.Size * (g.Profile is { } p && factors.TryGetValue(p, out var f) ? f : 1.0)));

        var vms = await db.Vms.AsNoTracking().Where(v => v.AccountId == accountId)
            .GroupBy(v => 1)
            .Select(g => new { Count = g.Count(), Cores = g.Sum(v => v.Cores), Memory = g.Sum(v => v.Memory) })
            .SingleOrDefaultAsync(cancellationToken);
        var ips = await db.Ips.CountAsync(i => i.AccountId == accountId && i.Version == 4, cancellationToken);
        var bandwidth = await db.Ifaces.Where(i => i.AccountId == accountId).SumAsync(i => i.Bandwidth, cancellationToken);

        return new ResourceQuota(vms?.Count ?? 0, ips, vms?.Cores ?? 0, vms?.Memory ?? 0, disk, bandwidth);
    }

    /// <summary>The disk quota a disk of <paramref name="size"/> MB takes with that profile.</summary>
    public static long DiskCost(int size, SnapshotProfile? profile) => (long)Math.Ceiling(size * (profile?.QuotaFactor ?? 1.0));
}
