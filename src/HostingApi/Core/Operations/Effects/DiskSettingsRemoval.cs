using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Operations.Effects;

/// <summary>A disk's settings row goes with the disk (there are no foreign keys to cascade).</summary>
internal static class DiskSettingsRemoval
{
    public static async Task RemoveAsync(HostingDbContext db, IReadOnlyCollection<Disk> disks)
    {
        var ids = disks.Select(d => d.Id).ToList();
        if (ids.Count > 0)
        {
            db.DiskSettings.RemoveRange(await db.DiskSettings.Where(s => ids.Contains(s.DiskId)).ToListAsync());
        }
    }
}
