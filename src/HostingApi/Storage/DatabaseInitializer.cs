using HostingApi.Core.Persistence;
using HostingApi.Storage.Seed;
using HostingApi.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Storage;

/// <summary>
/// Creates the schema (from Data/schema.sql: emulator state is disposable, see ADR-002 and ADR-003), turns on WAL for
/// a file database, seeds the catalog once and brings the configured accounts up to date.
/// </summary>
public sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes, DatabaseConnection connection, AccountSeed accounts,
    TimeProvider time, ILogger<DatabaseInitializer> log)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await InitializeCoreAsync(cancellationToken);
        }
        catch (SqliteException e) when (!connection.Options.InMemory)
        {
            // Almost always the file itself (folder missing, no permission, read-only): say which, and where it is set.
            throw new DatabaseUnavailableException(
                $"cannot use the database file {Path.GetFullPath(connection.Options.Path)} (Database:Path): {e.Message}", e);
        }
    }

    private async Task InitializeCoreAsync(CancellationToken cancellationToken)
    {
        var options = connection.Options;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        var created = await DatabaseSchema.CreateIfMissingAsync(db, cancellationToken);
        if (!options.InMemory)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (!await db.Datacenters.AnyAsync(cancellationToken))
        {
            CatalogSeed.AddTo(db, now);
        }

        await accounts.ApplyAsync(db, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        LogReady(options.InMemory ? "memory" : Path.GetFullPath(options.Path), created);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready ({Database}, schema created: {Created})")]
    private partial void LogReady(string database, bool created);
}
