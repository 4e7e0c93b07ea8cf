using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;

namespace HostingApi.Core.Operations.Effects;

/// <summary><c>vm_reboot</c>: a running VM reboots (also queued when an attached disk is renamed or resized).</summary>
public sealed class VmRebootEffect : IOperationEffect
{
    public string Type => OperationTypes.VmReboot;

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now) =>
        (await db.Vms.FindAsync(operation.VmId))?.Reboot(now);

    public Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now) => Task.CompletedTask;
}
