using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Storage.Seed;

/// <summary>
/// The VMs a configured account starts with (<c>Accounts:N:Vms</c>): running, each with a system disk
/// copied from its datacenter's first public image and its data disks, all created and attached, no
/// operation pending. Made only with the account itself (at first start, and by a reset).
/// </summary>
public static class SeedVms
{
    public static async Task AddAsync(HostingDbContext db, Account account, IReadOnlyList<SeedVmOptions> vms, DateTime now, CancellationToken ct)
    {
        if (vms.Count == 0)
        {
            return;
        }

        // The account needs its id, and the catalog's image disks (maybe still unsaved) theirs.
        await db.SaveChangesAsync(ct);
        foreach (var options in vms)
        {
            var image = await db.Disks.Where(d => d.Type == DiskType.Image && d.AccountId == null && d.DatacenterId == options.DatacenterId)
                .OrderBy(d => d.Id).FirstOrDefaultAsync(ct)
                ?? throw new InvalidOperationException($"Account {account.Handle}: datacenter {options.DatacenterId} has no image to make VM '{options.Hostname}' from.");
            var vm = new Vm(account.Id, options.DatacenterId, options.Hostname, options.Cores, options.Memory, Math.Max(options.Memory, 2048), now);
            db.Vms.Add(vm);
            await db.SaveChangesAsync(ct);
            vm.CompleteCreation(now);

            var disks = new List<(Disk Disk, SeedDiskOptions? Options)>
            {
                (Disk.CreateCopy(account.Id, image, $"sys_{options.Hostname}", options.SystemDiskGb * 1024 * Disk.Mebibyte, null, now), null),
            };
            disks.AddRange(options.DataDisks.Select((d, i) => (Disk.CreateData(account.Id, options.DatacenterId, $"data{i + 1}_{options.Hostname}", d.SizeGb * 1024 * Disk.Mebibyte, null, now), (SeedDiskOptions?)d)));
            var position = 0;
            foreach (var (disk, _) in disks)
            {
                disk.AttachAtCreation(vm.Id, position++);
                disk.CompleteCreation(now);
                db.Disks.Add(disk);
            }

            await db.SaveChangesAsync(ct);
            foreach (var (disk, settings) in disks.Where(d => d.Options is { MountPoint: not null } or { AddToFstab: true }))
            {
                var row = new DiskSettings(disk.Id, account.Id);
                row.Change(settings!.MountPoint, settings.AddToFstab, null);
                db.DiskSettings.Add(row);
            }
        }
    }
}
