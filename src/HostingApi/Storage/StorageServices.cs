using HostingApi.Core.Coordination;
using HostingApi.Core.Persistence;
using HostingApi.Storage.Coordination;
using HostingApi.Storage.Sqlite;
using HostingApi.Storage.State;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Storage;

public static class StorageServices
{
    /// <summary>EF Core on SQLite (a file by default, memory on request), pooled contexts, schema and seed at startup.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton<DatabaseConnection>();
        services.AddSingleton(sp => sp.GetRequiredService<DatabaseConnection>().Describe());
        services.AddDbContextPool<HostingDbContext>((sp, o) => o.UseSqlite(sp.GetRequiredService<DatabaseConnection>().ConnectionString)
            .AddInterceptors(sp.GetRequiredService<ObjectIdAssignment>()));
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<Seed.AccountSeed>();
        services.AddScoped<IStateStore, SqlStateStore>();

        // One process: the write lock and the read cache's change source are an in-process gate.
        services.AddSingleton<InProcessWriteGate>();
        services.AddSingleton<IWriteLock>(sp => sp.GetRequiredService<InProcessWriteGate>());
        services.AddSingleton<IChangeSource>(sp => sp.GetRequiredService<InProcessWriteGate>());
        services.AddHostedService<DatabaseStartup>();
        return services;
    }
}
