using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;

namespace HostingApi.Core.Operations.Effects;

/// <summary>
/// For updates (<c>disk_update</c>, <c>iface_update</c>, <c>ip_update</c>, <c>vlan_update</c>): the change was
/// applied when the call was accepted, so the quota check and the change are one atomic step; the
/// operation only records that the backend is done with it.
/// </summary>
public sealed class RecordOnlyEffect(string type) : IOperationEffect
{
    public string Type => type;

    public Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now) => Task.CompletedTask;

    public Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now) => Task.CompletedTask;
}
