using HostingApi.Core.Coordination;
using HostingApi.Storage.Postgres;
using HostingApi.Storage.Sqlite;
using HostingApi.Storage.State;
using Microsoft.Extensions.Options;

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
        services.AddSingleton<DatabaseStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseStartup>());
        return services;
    }

    /// <summary>
    /// Begins readying the store now, while the endpoints are mapped, instead of when the host starts.
    /// Only with valid settings: a bad one is reported by the start, as it would be without this.
    /// </summary>
    public static void BeginReadyingStore(this IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException)
        {
            return; // an invalid value, or one that does not bind (Operations:Default:Mode=Bogus): the start explains it
        }

        services.GetRequiredService<DatabaseStartup>().Begin();
    }
}
