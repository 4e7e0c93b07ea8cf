using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;

namespace HostingApi.Core.Operations.Effects;

/// <summary>
/// <c>vlan_create</c>: the VLAN is <c>created</c> and the finished operation's <c>params.vlan_id</c> holds its
/// id (libcloud reads it there). Abandoned: it never existed.
/// </summary>
public sealed class VlanCreateEffect : IOperationEffect
{
    public const string VlanIdParam = "vlan_id";

    public string Type => OperationTypes.VlanCreate;

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        var id = (int)operation.Params.First(p => p.Name == VlanIdParam).Number!.Value;
        (await db.Vlans.FindAsync(id))?.CompleteCreation(now);
    }

    public async Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        var id = (int)operation.Params.First(p => p.Name == VlanIdParam).Number!.Value;
        if (await db.Vlans.FindAsync(id) is { State: VlanState.BeingCreated } vlan)
        {
            db.Vlans.Remove(vlan);
        }
    }
}

/// <summary><c>vlan_delete</c>: the VLAN goes.</summary>
public sealed class VlanDeleteEffect : IOperationEffect
{
    public string Type => OperationTypes.VlanDelete;

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        var id = (int)operation.Params.First(p => p.Name == VlanCreateEffect.VlanIdParam).Number!.Value;
        if (await db.Vlans.FindAsync(id) is { } vlan)
        {
            db.Vlans.Remove(vlan);
        }
    }

    public Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now) => Task.CompletedTask;
}
