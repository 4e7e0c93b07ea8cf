using HostingApi.Core.Coordination;
using HostingApi.Storage.Postgres;
using HostingApi.Storage.Sqlite;
using HostingApi.Storage.State;

namespace HostingApi.Storage;

public static class StorageServices
{
    /// <summary>
    /// EF Core on the configured store (<c>Database:Provider</c>: SQLite by default, or PostgreSQL), pooled
    /// contexts, schema and seed at startup, and the store's write lock and change source.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DatabaseOptions.Section);
        services.AddOptions<DatabaseOptions>().Bind(section)
            .Validate(o => o.PageCacheKiB is >= 16 and <= 1_048_576, "Database:PageCacheKiB must be 16 to 1048576 (KiB)")
            .ValidateOnStart();
        var options = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddPostgresStore(options);
        }
        else
        {
            services.AddSqliteStore();
        }

        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<Seed.AccountSeed>();
        services.AddScoped<IStateStore, SqlStateStore>();
        services.AddHostedService<DatabaseStartup>();
        return services;
    }
}
