using HostingApi.Data;
using HostingApi.Domain;

namespace HostingApi.Operations.Effects;

/// <summary>
/// <c>disk_update</c>: the changes were applied when the call was accepted (so the quota check and the
/// change are one atomic step); the operation records that the backend is done with them.
/// </summary>
public sealed class DiskUpdateEffect : IOperationEffect
{
    public string Type => "disk_update";

    public Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now) => Task.CompletedTask;

    public Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now) => Task.CompletedTask;
}
