using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Operations.Effects;

/// <summary>
/// <c>hosting_migration_vm</c>, in two phases as gandi.cli drives it: once running, the operation waits
/// in RUN with <c>params.inner_step = 'wait_finalize'</c> until <c>hosting.vm.migrate(vm, True)</c> releases
/// it; then the VM, its disks, ifaces and IPs arrive in <c>params.to_dc_id</c>, and the VM is back in
/// the state it had.
/// </summary>
public sealed class VmMigrationEffect : IOperationEffect
{
    public const string InnerStepParam = "inner_step";
    public const string StateParam = "vm_state";

    public string Type => OperationTypes.VmMigration;

    public Task OnStartAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        if (!operation.Released)
        {
            operation.SetParam(NamedValue.Of(InnerStepParam, "wait_finalize"));
            operation.Hold();
        }

        return Task.CompletedTask;
    }

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        var target = (int)operation.Params.First(p => p.Name == DiskMigrationEffect.ToParam).Number!.Value;
        var vm = await db.Vms.SingleAsync(v => v.Id == operation.VmId);
        vm.CompleteMigration(target, PreviousState(operation), now);
        foreach (var disk in await db.Disks.Where(d => d.VmId == vm.Id).ToListAsync())
        {
            disk.FollowTo(target, now);
        }

        var ifaceIds = new List<int?>();
        foreach (var iface in await db.Ifaces.Where(i => i.VmId == vm.Id).ToListAsync())
        {
            iface.FollowTo(target, now);
            ifaceIds.Add(iface.Id);
        }

        foreach (var ip in await db.Ips.Where(ip => ifaceIds.Contains(ip.IfaceId)).ToListAsync())
        {
            ip.FollowTo(target, now);
        }
    }

    public async Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        if (await db.Vms.FindAsync(operation.VmId) is { State: VmState.BeingMigrated } vm)
        {
            vm.AbandonMigration(PreviousState(operation), now);
        }
    }

    private static VmState PreviousState(Operation operation) =>
        WireName.TryParse<VmState>(operation.Params.FirstOrDefault(p => p.Name == StateParam)?.Text ?? "", out var state) ? state : VmState.Running;
}
