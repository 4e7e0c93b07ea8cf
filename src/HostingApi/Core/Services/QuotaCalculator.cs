using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using HostingApi.Core.Errors;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>
/// What an account uses, computed in SQL from its objects (servers, IPs, bandwidth) and, for disks, from
/// the running totals the store keeps in the same transaction as each change (<see cref="DiskUsage"/>,
/// ADR-005; a test compares them with the sums): disk = the size of its data and system disks times
/// their snapshot profile's quota factor
/// (snapshots are paid for through that factor; a disk in <c>rollback</c> is not counted);
/// servers, cores and memory of its VMs; its IPv4 addresses; its ifaces' bandwidth.
/// </summary>
public static class QuotaCalculator
{
    // Compiled once: a quota check runs under the write lock on every create, where translating a LINQ
    // query again (parameter extraction, the query cache's lookup) is time every other writer waits.
    private static readonly Func<HostingDbContext, int, Task<Account>> AccountById = EF.CompileAsyncQuery(
        (HostingDbContext db, int accountId) => db.Accounts.AsNoTracking().First(a => a.Id == accountId));

    private static readonly Func<HostingDbContext, int, IAsyncEnumerable<DiskTotal>> DiskTotals = EF.CompileAsyncQuery(
        (HostingDbContext db, int accountId) => db.DiskUsage.AsNoTracking()
            .Where(u => u.AccountId == accountId)
            .Select(u => new DiskTotal(u.SizeBytes, db.SnapshotProfiles.Where(p => p.Id == u.ProfileKey).Select(p => (double?)p.QuotaFactor).FirstOrDefault())));

    public static Task<ResourceQuota> UsedAsync(HostingDbContext db, int accountId, CancellationToken cancellationToken = default) =>
        UsedAsync(db, accountId, ResourceQuota.None with { Servers = 1, Ips = 1, DiskBytes = 1, Bandwidth = 1 }, cancellationToken);

    // Only the resources <paramref name="needed"/> names (more than zero) are computed, the others answer
    // zero: a disk's quota check need not count the account's VMs, IPs and ifaces (a statement each,
    // under the write lock). Servers, cores and memory come from one aggregate, so any of them computes all three.
    private static async Task<ResourceQuota> UsedAsync(HostingDbContext db, int accountId, ResourceQuota needed, CancellationToken cancellationToken)
    {
        long disk = 0;
        if (needed.DiskBytes > 0)
        {
            // The running totals (a row per profile the account uses, whatever its number of disks), kept
            // exact by the store in the same statement as every change to a disk (ADR-005). The profile's
            // factor is joined in SQL (one statement); a disk whose profile is gone counts at factor 1.
            await foreach (var total in DiskTotals(db, accountId).WithCancellation(cancellationToken))
            {
                disk += (long)Math.Ceiling(total.SizeBytes * (total.Factor ?? 1.0));
            }
        }

        var vms = needed.Servers > 0 || needed.Cores > 0 || needed.Memory > 0
            ? await db.Vms.AsNoTracking().Where(v => v.AccountId == accountId)
                .GroupBy(v => 1)
                .Select(g => new { Count = g.Count(), Cores = g.Sum(v => v.Cores), Memory = g.Sum(v => v.Memory) })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        var ips = needed.Ips > 0 ? await db.Ips.CountAsync(i => i.AccountId == accountId && i.Version == 4, cancellationToken) : 0;
        var bandwidth = needed.Bandwidth > 0 ? await db.Ifaces.Where(i => i.AccountId == accountId).SumAsync(i => i.Bandwidth, cancellationToken) : 0;

        return new ResourceQuota(vms?.Count ?? 0, ips, vms?.Cores ?? 0, vms?.Memory ?? 0, disk, bandwidth);
    }

    /// <summary>
    /// Refuses (530035, CAUSE_QUOTA_REACHED) a change that needs more than the account has left of any
    /// resource; <paramref name="wanted"/> holds what the change adds (zero or less: nothing to check).
    /// Called under the write gate, so the check and the change it guards are one step.
    /// </summary>
    public static async Task RequireAsync(HostingDbContext db, int accountId, ResourceQuota wanted, CancellationToken cancellationToken = default)
    {
        var account = await AccountById(db, accountId);
        // What is not wanted is not checked below, so it need not be computed.
        var left = account.Granted.Minus(await UsedAsync(db, accountId, wanted, cancellationToken));
        (string Resource, double Wanted, double Left, string Unit)[] checks =
        [
            ("servers", wanted.Servers, left.Servers, ""),
            ("cores", wanted.Cores, left.Cores, ""),
            ("memory", wanted.Memory, left.Memory, "MB"),
            ("disk", wanted.DiskBytes, left.DiskBytes, "bytes"),
            ("ip", wanted.Ips, left.Ips, "IPv4"),
            ("bandwidth", wanted.Bandwidth, left.Bandwidth, "kbit/s"),
        ];
        foreach (var (resource, want, available, unit) in checks)
        {
            if (want > 0 && want > available)
            {
                throw new QuotaExceededError(resource, want, Math.Max(available, 0), unit);
            }
        }
    }

    /// <summary>The disk quota, in bytes, a disk of <paramref name="sizeBytes"/> takes with that profile.</summary>
    public static long DiskCost(long sizeBytes, SnapshotProfile? profile) => (long)Math.Ceiling(sizeBytes * (profile?.QuotaFactor ?? 1.0));

    private sealed record DiskTotal(long SizeBytes, double? Factor);
}
