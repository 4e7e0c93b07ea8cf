namespace HostingApi.Core.Persistence;

/// <summary>Adding a new object whose id the change needs at once (a generated name, what refers to it).</summary>
public static class NewRows
{
    /// <summary>
    /// Adds <paramref name="entity"/> with its id known on return: reserved (<see cref="IIdReservation"/>),
    /// so it is inserted with the change's last SaveChanges, or else saved now for the store to give it.
    /// </summary>
    public static async Task AddWithIdAsync<T>(this HostingDbContext db, IIdReservation ids, T entity, CancellationToken ct)
        where T : class
    {
        var id = await ids.NextIdAsync(db, typeof(T), ct);
        var entry = db.Add(entity);
        if (id is { } reserved)
        {
            var property = entry.Property("Id");
            property.CurrentValue = reserved;
            property.IsTemporary = false;
        }
        else
        {
            await db.SaveChangesAsync(ct);
        }
    }
}
