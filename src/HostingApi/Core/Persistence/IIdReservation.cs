namespace HostingApi.Core.Persistence;

/// <summary>
/// The id the store would give a table's next row, taken before the insert (inside the write lock and
/// the change's transaction), so that a new object and what names or refers to it by its id go out in
/// the change's one SaveChanges instead of an insert, then an update. Null when the store's own
/// generation after the insert should stand.
/// </summary>
public interface IIdReservation
{
    Task<int?> NextIdAsync(HostingDbContext db, Type entityType, CancellationToken ct);
}
