using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Storage.Postgres;

/// <summary>
/// A row inserted with an id of its own (the catalog seed, a rollback's disk taking its operation's
/// id, deterministic ids) does not move a PostgreSQL identity sequence, which would later give that
/// id out again. Before such rows are saved, the sequence is moved past them (never back): SQLite's
/// AUTOINCREMENT behaves so by itself. Every insert runs inside the write lock, so this cannot race.
/// </summary>
public sealed class SequenceFollower : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
        {
            foreach (var (table, top) in ExplicitIds(db))
            {
                db.Database.ExecuteSqlRaw("SELECT \"HostingApiFollowIds\"({0}, {1})", table, top);
            }
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            foreach (var (table, top) in ExplicitIds(db))
            {
                await db.Database.ExecuteSqlRawAsync("SELECT \"HostingApiFollowIds\"({0}, {1})", [table, top], cancellationToken);
            }
        }

        return result;
    }

    // The largest explicit id per table among the rows about to be inserted whose ids the store generates.
    private static List<(string Table, long Top)> ExplicitIds(DbContext db) => db.ChangeTracker.Entries()
        .Where(e => e.State == EntityState.Added && HasGeneratedId(e) && !e.Property("Id").IsTemporary)
        .GroupBy(e => e.Metadata.GetTableName()!)
        .Select(g => (g.Key, g.Max(e => Convert.ToInt64(e.Property("Id").CurrentValue, System.Globalization.CultureInfo.InvariantCulture))))
        .ToList();

    private static bool HasGeneratedId(EntityEntry entry) =>
        !entry.Metadata.IsOwned() && entry.Metadata.FindPrimaryKey()?.Properties is [{ Name: "Id", ValueGenerated: ValueGenerated.OnAdd }];
}
