using HostingApi.Core.Coordination;
using HostingApi.Core.Persistence;
using HostingApi.Storage.Coordination;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Storage.Sqlite;

/// <summary>SQLite: a file by default, memory on request; one process (ADR-002).</summary>
public static class SqliteStorage
{
    public static IServiceCollection AddSqliteStore(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseConnection>();
        services.AddSingleton<SqliteStore>();
        services.AddSingleton<IStoreProvider>(sp => sp.GetRequiredService<SqliteStore>());
        services.AddSingleton(sp => sp.GetRequiredService<DatabaseConnection>().Describe());
        services.AddSingleton<IIdReservation, SqliteIdReservation>();
        services.AddDbContextPool<HostingDbContext>((sp, o) =>
        {
            var connection = sp.GetRequiredService<DatabaseConnection>();
            o.UseSqlite(connection.ConnectionString).AddInterceptors(sp.GetRequiredService<ObjectIdAssignment>());
            if (!connection.Options.InMemory)
            {
                o.AddInterceptors(new PageCacheLimit(connection.Options.PageCacheKiB));
            }
        });

        // One process: the write lock and the read cache's change source are an in-process gate.
        services.AddSingleton<InProcessWriteGate>();
        services.AddSingleton<IWriteLock>(sp => sp.GetRequiredService<InProcessWriteGate>());
        services.AddSingleton<IChangeSource>(sp => sp.GetRequiredService<InProcessWriteGate>());
        return services;
    }
}
