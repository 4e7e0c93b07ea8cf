using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Operations.Effects;

/// <summary>
/// <c>vm_create</c>: the VM is <c>running</c>, or <c>halted</c> with the <see cref="HaltedParam"/> flag (a provider
/// whose VMs are made stopped). Abandoned: it never existed, its disks and ifaces are let go.
/// </summary>
public sealed class VmCreateEffect : IOperationEffect
{
    public const string HaltedParam = "halted";

    public string Type => OperationTypes.VmCreate;

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        if (await db.Vms.FindAsync(operation.VmId) is not { } vm)
        {
            return;
        }

        if (operation.Params.Any(p => p.Name == HaltedParam && p.Flag == true))
        {
            vm.CompleteCreationHalted(now);
        }
        else
        {
            vm.CompleteCreation(now);
        }
    }

    public async Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        await VmRemoval.ReleaseAttachmentsAsync(db, operation.VmId, now);
        if (await db.Vms.FindAsync(operation.VmId) is { State: VmState.BeingCreated } vm)
        {
            db.Vms.Remove(vm);
        }
    }
}

/// <summary><c>vm_start</c> and <c>vm_stop</c>: <c>halted -> running</c> and back.</summary>
public sealed class VmPowerEffect(string type, bool start) : IOperationEffect
{
    public string Type => type;

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        var vm = await db.Vms.SingleAsync(v => v.Id == operation.VmId);
        if (start)
        {
            vm.Start(now);
        }
        else
        {
            vm.Stop(now);
        }
    }

    public Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now) => Task.CompletedTask;
}

/// <summary>
/// <c>vm_delete</c>: the VM goes with its system disk and first iface (and its IPs); other disks and ifaces
/// are detached, or, with the <see cref="WithDisksParam"/> flag (a provider that deletes a VM's disks with it), deleted too.
/// </summary>
public sealed class VmDeleteEffect : IOperationEffect
{
    public const string WithDisksParam = "with_disks";

    public string Type => OperationTypes.VmDelete;

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        var withDisks = operation.Params.Any(p => p.Name == WithDisksParam && p.Flag == true);
        var gone = await db.Disks.Where(d => d.VmId == operation.VmId && (withDisks || d.Position == 0)).ToListAsync();
        var first = await db.Ifaces.SingleOrDefaultAsync(i => i.VmId == operation.VmId && i.Num == 0);
        foreach (var disk in gone)
        {
            db.Disks.RemoveRange(await db.Disks.Where(d => d.SourceId == disk.Id && d.Type == DiskType.Snapshot).ToListAsync());
            db.Disks.Remove(disk);
        }

        await DiskSettingsRemoval.RemoveAsync(db, gone);

        if (first is not null)
        {
            db.Ips.RemoveRange(await db.Ips.Where(ip => ip.IfaceId == first.Id).ToListAsync());
            db.Ifaces.Remove(first);
        }

        await VmRemoval.ReleaseAttachmentsAsync(db, operation.VmId, now, except: [.. gone.Select(d => d.Id)], exceptIfaces: [first?.Id ?? 0]);
        if (await db.Vms.FindAsync(operation.VmId) is { } vm)
        {
            db.Vms.Remove(vm);
        }
    }

    public async Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        if (await db.Vms.FindAsync(operation.VmId) is { State: VmState.Deleted } vm)
        {
            vm.CancelDeletion(now);
        }
    }
}

internal static class VmRemoval
{
    public static async Task ReleaseAttachmentsAsync(HostingDbContext db, int? vmId, DateTime now, int[]? except = null, int[]? exceptIfaces = null)
    {
        foreach (var disk in await db.Disks.Where(d => d.VmId == vmId).ToListAsync())
        {
            if (except?.Contains(disk.Id) != true)
            {
                disk.Detach(now);
            }
        }

        foreach (var iface in await db.Ifaces.Where(i => i.VmId == vmId && i.State == IfaceState.Used).ToListAsync())
        {
            if (exceptIfaces?.Contains(iface.Id) != true)
            {
                iface.Detach(now);
            }
        }
    }
}
