using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>The read a provider with disk settings answers from: every disk of the account with its settings.</summary>
public sealed partial class DiskService
{
    /// <summary>Every disk of the account (all types, by id) with its settings row, if it has one.</summary>
    public Task<IReadOnlyList<DiskWithSettings>> WithSettingsAsync(Tenant tenant, CancellationToken ct = default) =>
        reads.GetAsync(new ReadKey(ReadQuery.DiskSettingsList, tenant.AccountId), () => PeekWithSettingsAsync(tenant, ct), ct);

    /// <summary>The same as it is now, without making the queue current: what an inspector sees (looking finishes nothing).</summary>
    public async Task<IReadOnlyList<DiskWithSettings>> PeekWithSettingsAsync(Tenant tenant, CancellationToken ct = default)
    {
        var disks = await Owned(tenant).AsNoTracking().OrderBy(d => d.Id).ToListAsync(ct);
        var settings = await db.DiskSettings.AsNoTracking().Where(s => s.AccountId == tenant.AccountId).ToDictionaryAsync(s => s.DiskId, ct);
        return disks.Select(d => new DiskWithSettings(d, settings.GetValueOrDefault(d.Id))).ToList();
    }
}
