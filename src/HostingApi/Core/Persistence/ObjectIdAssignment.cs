using System.Globalization;
using HostingApi.Core.Coordination;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Persistence;

/// <summary>
/// In deterministic mode, a new object of an account gets its id from the account's own range
/// (<c>account id × 1,000,000</c> on), and its uuid from that id: another account's calls interleaved
/// between two of this account's cannot change what this account is answered. Otherwise the store's
/// id sequence and a random uuid stand.
/// </summary>
public sealed class ObjectIdAssignment(IIdentities identities) : SaveChangesInterceptor
{
    public const int RangeSize = 1_000_000;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (identities.AssignsObjectIds && eventData.Context is { } db)
        {
            AssignAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (identities.AssignsObjectIds && eventData.Context is { } db)
        {
            await AssignAsync(db, cancellationToken);
        }

        return result;
    }

    private async Task AssignAsync(DbContext db, CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && NeedsId(e)).ToList();
        foreach (var group in added.GroupBy(e => (Table: e.Metadata.GetTableName()!, Account: AccountOf(e))))
        {
            var next = await LastIdAsync(db, group.Key.Table, group.Key.Account, cancellationToken) + 1;
            foreach (var entry in group)
            {
                var id = entry.Property("Id");
                id.CurrentValue = next;
                id.IsTemporary = false;
                if (entry.Metadata.FindProperty("EntityId") is not null)
                {
                    entry.Property("EntityId").CurrentValue = identities.NewEntityId(group.Key.Table, group.Key.Account, next);
                }

                next++;
            }
        }
    }

    // An object of an account whose id the store would generate.
    private static bool NeedsId(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey()?.Properties is [{ Name: "Id", ClrType: var type }] && type == typeof(int)
        && entry.Metadata.FindProperty("AccountId") is not null
        && AccountOf(entry) > 0
        && (entry.Property("Id").IsTemporary || (int)entry.Property("Id").CurrentValue! <= 0);

    private static int AccountOf(EntityEntry entry) => entry.Property("AccountId").CurrentValue is int id ? id : 0;

    private static async Task<int> LastIdAsync(DbContext db, string table, int accountId, CancellationToken cancellationToken)
    {
        var low = (long)accountId * RangeSize;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction is { } transaction ? Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(transaction) : null;
            command.CommandText = $"SELECT MAX(\"Id\") FROM \"{table}\" WHERE \"Id\" >= {low.ToString(CultureInfo.InvariantCulture)} AND \"Id\" < {(low + RangeSize).ToString(CultureInfo.InvariantCulture)}";
            var last = await command.ExecuteScalarAsync(cancellationToken);
            return last is null or DBNull ? (int)low : Convert.ToInt32(last, CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
