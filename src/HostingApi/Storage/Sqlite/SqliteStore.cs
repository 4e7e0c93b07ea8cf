using HostingApi.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Storage.Sqlite;

/// <summary>SQLite's side of the stores: a file (WAL) or memory, one process (ADR-002).</summary>
public sealed class SqliteStore(DatabaseConnection connection) : IStoreProvider
{
    public string Location => connection.Options.InMemory ? "memory" : Path.GetFullPath(connection.Options.Path);

    public bool SharedByInstances => false;

    public async Task RunExclusiveAsync(HostingDbContext db, Func<Task> work, CancellationToken cancellationToken)
    {
        if (!connection.Options.InMemory)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // BEGIN IMMEDIATE: a second process starting on the same new file waits here (SQLite's busy
        // retry) until the first has made the tables and accounts, instead of racing it to the inserts.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await work();
        await transaction.CommitAsync(cancellationToken);
    }

    public Task<bool> CreateSchemaIfMissingAsync(HostingDbContext db, CancellationToken cancellationToken) =>
        DatabaseSchema.CreateIfMissingAsync(db, cancellationToken);

    // Almost always the file itself (folder missing, no permission, read-only): say which, and where it is set.
    public Exception? Explain(Exception failure) => failure is SqliteException e && !connection.Options.InMemory
        ? new DatabaseUnavailableException($"cannot use the database file {Path.GetFullPath(connection.Options.Path)} (Database:Path): {e.Message}", e)
        : null;

    public IEnumerable<string> RestartIds(IReadOnlyList<string> tables) => ["DELETE FROM sqlite_sequence"];

    // AUTOINCREMENT already continues after the largest id in the table.
    public IEnumerable<string> FollowIds(IReadOnlyList<string> tables) => [];

    // SQLite keeps integers, reals and text: the document's values go in as they are.
    public object? ToColumn(object? value, Type columnType) => value;

    public object? FromColumn(object? value) => value;
}
