using System.Data.Common;
using HostingApi.Core.Coordination;
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
    HostingDbContext db, IWriteLock writeLock, AccountSeed accounts, TimeProvider time) : IStateStore
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
                        row[table.Columns[i]] = reader.IsDBNull(i) ? null : reader.GetValue(i);
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
        if (state.SchemaVersion != DatabaseSchema.Version)
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
                await ExecuteAsync(connection, "DELETE FROM sqlite_sequence", cancellationToken);
            }

            await fill(connection);
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
                parameter.Value = row[columns[i]] ?? DBNull.Value;
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

    // Every table of the model with its columns (owned types share their owner's table).
    private IEnumerable<Table> Tables() => db.Model.GetEntityTypes()
        .Where(e => e.GetTableName() is not null && !e.IsOwned())
        .Select(e => new Table(e.GetTableName()!, Columns(e)))
        .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static List<string> Columns(IEntityType entity)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return entity.GetProperties()
            .Concat(entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).SelectMany(n => n.TargetEntityType.GetProperties()))
            .Select(p => p.GetColumnName(table)).OfType<string>().Distinct().ToList();
    }

    private string Quote(string identifier) => db.GetService<ISqlGenerationHelper>().DelimitIdentifier(identifier);

    private sealed record Table(string Name, List<string> Columns);
}
