using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;

namespace HostingApi.Core.Operations.Effects;

/// <summary>
/// What an operation type does to its objects at each step, inside the step's transaction:
/// the entity transition at DONE, and the rollback when it ends in ERROR or CANCEL.
/// </summary>
public interface IOperationEffect
{
    /// <summary>Gandi's operation type, e.g. <c>disk_create</c>.</summary>
    string Type { get; }

    Task OnStartAsync(Operation operation, HostingDbContext db, DateTime now) => Task.CompletedTask;

    Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now);

    /// <summary>The operation ended in ERROR or CANCEL: undo the transitional state.</summary>
    Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now);
}
