using System.Globalization;
using HostingApi.Core.Coordination;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HostingApi.Storage.Sqlite;

/// <summary>
/// The id SQLite's AUTOINCREMENT would give the next row: one past the larger of the table's
/// <c>sqlite_sequence</c> entry and its largest id (both a single b-tree seek). Taken inside the write
/// lock and the change's transaction, so nobody else inserts between the reservation and the insert;
/// rows of the change not saved yet count
/// too. The insert with that id moves <c>sqlite_sequence</c> as a generated one would. In deterministic mode
/// the ids come from the account's range (<see cref="ObjectIdAssignment"/>): no reservation then.
/// </summary>
public sealed class SqliteIdReservation(IIdentities identities) : IIdReservation
{
    public async Task<int?> NextIdAsync(HostingDbContext db, Type entityType, CancellationToken ct)
    {
        if (identities.AssignsObjectIds || db.Database.CurrentTransaction is not { } transaction)
        {
            return null;
        }

        var table = db.Model.FindEntityType(entityType)?.GetTableName() ?? throw new ArgumentException($"{entityType.Name} is not mapped", nameof(entityType));
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = $"""
            SELECT max(coalesce((SELECT "seq" FROM sqlite_sequence WHERE "name" = '{table}'), 0), coalesce((SELECT max("Id") FROM "{table}"), 0)) + 1
            """;
        var next = Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);

        // Rows of this change not saved yet (a batch of creates) hold their ids already.
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added && entry.Metadata.ClrType == entityType && !entry.Property("Id").IsTemporary
                && entry.Property("Id").CurrentValue is int taken && taken >= next)
            {
                next = taken + 1;
            }
        }

        return next;
    }
}
