using HostingApi.Core.Persistence;
using HostingApi.Storage.Seed;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Storage;

/// <summary>
/// Creates the schema (the store's committed script: emulator state is disposable, see ADR-002 and ADR-003),
/// seeds the catalog once and brings the configured accounts up to date, all inside the store's exclusive
/// section so that instances starting together on a new database do not race each other to the inserts.
/// </summary>
public sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes, IStoreProvider store, AccountSeed accounts,
    TimeProvider time, ILogger<DatabaseInitializer> log)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await InitializeCoreAsync(cancellationToken);
        }
        catch (Exception e) when (store.Explain(e) is { } explained)
        {
            throw explained;
        }
    }

    private async Task InitializeCoreAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        var created = false;
        await store.RunExclusiveAsync(db, async () =>
        {
            created = await store.CreateSchemaIfMissingAsync(db, cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            if (!await db.Datacenters.AnyAsync(cancellationToken))
            {
                CatalogSeed.AddTo(db, now);
            }

            await accounts.ApplyAsync(db, now, cancellationToken);

            // One process per SQLite file: its control settings are its own and start from configuration
            // (as they did in memory); instances sharing a database take up the ones in force (docs/scale-out.md).
            if (!store.SharedByInstances)
            {
                db.ControlSettings.RemoveRange(await db.ControlSettings.ToListAsync(cancellationToken));
            }

            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        LogReady(store.Location, created);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready ({Database}, schema created: {Created})")]
    private partial void LogReady(string database, bool created);
}
