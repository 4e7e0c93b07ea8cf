using System.Data.Common;
using HostingApi.Core.Coordination;
using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using HostingApi.Storage.Seed;
using HostingApi.Storage.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Storage.State;

/// <summary>
/// The state as table rows, read and written with plain SQL over the tables and columns of EF's
/// model, so every table (and every column added later) is covered without code per entity. Rows go
/// back with their own ids; the id sequences are left where they are, so an id is never reused.
/// </summary>
public sealed class SqlStateStore(
    HostingDbContext db, IWriteLock writeLock, IStoreProvider store, AccountSeed accounts, TimeProvider time) : IStateStore
{
    public async Task<StateDocument> ExportAsync(CancellationToken cancellationToken)
    {
        var tables = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var table in Tables())
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(Quote))} FROM {Quote(table.Name)} ORDER BY 1";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var rows = new List<IReadOnlyDictionary<string, object?>>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    var row = new Dictionary<string, object?>(table.Columns.Count, StringComparer.Ordinal);
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        row[table.Columns[i]] = reader.IsDBNull(i) ? null : store.FromColumn(reader.GetValue(i));
                    }

                    rows.Add(row);
                }

                tables[table.Name] = rows;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return new StateDocument(DatabaseSchema.Version, tables);
    }

    public async Task ImportAsync(StateDocument state, CancellationToken cancellationToken)
    {
        if (state.SchemaVersion is < DatabaseSchema.OldestImportable or > DatabaseSchema.Version)
        {
            throw new InvalidDataException($"the state is of schema version {state.SchemaVersion}; this HostingApi reads version {DatabaseSchema.Version}");
        }

        var tables = Tables().ToDictionary(t => t.Name, StringComparer.Ordinal);
        if (state.Tables.Keys.FirstOrDefault(name => !tables.ContainsKey(name)) is { } unknown)
        {
            throw new InvalidDataException($"unknown table '{unknown}'; known: {string.Join(", ", tables.Keys.Order(StringComparer.Ordinal))}");
        }

        await ReplaceAsync(async connection =>
        {
            foreach (var (name, rows) in state.Tables)
            {
                await InsertAsync(connection, tables[name], rows, cancellationToken);
            }

            // The rows came with their own ids: a store whose sequences do not follow them is moved past them.
            foreach (var sql in store.FollowIds(IdentityTables()))
            {
                await ExecuteAsync(connection, sql, cancellationToken);
            }
        }, restartIds: false, cancellationToken);
    }

    public Task ResetAsync(bool restartIds, CancellationToken cancellationToken) => ReplaceAsync(async _ =>
    {
        var now = time.GetUtcNow().UtcDateTime;
        CatalogSeed.AddTo(db, now);
        await accounts.ApplyAsync(db, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }, restartIds, cancellationToken);

    // Empties every table and fills it again, in one transaction under the write lock.
    private async Task ReplaceAsync(Func<DbConnection, Task> fill, bool restartIds, CancellationToken cancellationToken)
    {
        using (await writeLock.EnterAsync(cancellationToken))
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            foreach (var table in Tables())
            {
                await ExecuteAsync(connection, $"DELETE FROM {Quote(table.Name)}", cancellationToken);
            }

            if (restartIds)
            {
                foreach (var sql in store.RestartIds(IdentityTables()))
                {
                    await ExecuteAsync(connection, sql, cancellationToken);
                }
            }

            await fill(connection);

            // The triggers kept the totals through the deletes and inserts above; rebuilt from the sums all
            // the same, so that a reset, an import or a restore always leaves them exactly the disks' sums.
            foreach (var sql in DiskUsageTotals.Rebuild())
            {
                await ExecuteAsync(connection, sql, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private async Task InsertAsync(DbConnection connection, Table table, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            if (row.Keys.FirstOrDefault(c => !table.Columns.Contains(c)) is { } unknown)
            {
                throw new InvalidDataException($"unknown column '{unknown}' in table '{table.Name}'");
            }

            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var columns = row.Keys.ToList();
            command.CommandText = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", columns.Select(Quote))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
            for (var i = 0; i < columns.Count; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i;
                parameter.Value = store.ToColumn(row[columns[i]], table.Types[columns[i]]) ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Every table of the model with its columns (owned types share their owner's table). The control
    // settings are not emulated state: a snapshot, an import and a reset of the tables leave them alone.
    // The disk usage totals are derived from the disks (kept by triggers, rebuilt in ReplaceAsync), never held in a document.
    private IEnumerable<Table> Tables() => db.Model.GetEntityTypes()
        .Where(e => e.GetTableName() is not null && !e.IsOwned() && e.ClrType != typeof(ControlSetting) && e.ClrType != typeof(DiskUsage))
        .Select(e => new Table(e.GetTableName()!, Columns(e).Select(c => c.Name).ToList(),
            Columns(e).DistinctBy(c => c.Name).ToDictionary(c => c.Name, c => c.Type, StringComparer.Ordinal)))
        .OrderBy(t => t.Name, StringComparer.Ordinal);

    // The tables whose ids the store generates (the catalog's are fixed).
    private List<string> IdentityTables() => db.Model.GetEntityTypes()
        .Where(e => e.GetTableName() is not null && !e.IsOwned()
            && e.FindPrimaryKey()?.Properties is [{ Name: "Id", ValueGenerated: ValueGenerated.OnAdd }])
        .Select(e => e.GetTableName()!).Distinct().Order(StringComparer.Ordinal).ToList();

    // Each column with the type the database holds it as (after the value converter), for typed parameters.
    private static List<(string Name, Type Type)> Columns(IEntityType entity)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return entity.GetProperties()
            .Concat(entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).SelectMany(n => n.TargetEntityType.GetProperties()))
            .Select(p => (Name: p.GetColumnName(table), Type: StoredType(p)))
            .Where(c => c.Name is not null).Select(c => (c.Name!, c.Type)).DistinctBy(c => c.Item1).ToList();
    }

    private static Type StoredType(IProperty property)
    {
        var type = property.GetValueConverter()?.ProviderClrType ?? property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    private string Quote(string identifier) => db.GetService<ISqlGenerationHelper>().DelimitIdentifier(identifier);

    private sealed record Table(string Name, List<string> Columns, Dictionary<string, Type> Types);
}
