using HostingApi.Core.Coordination;
using HostingApi.Storage.Coordination;
using HostingApi.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HostingApi.Storage;

public static class DataServiceCollectionExtensions
{
    /// <summary>EF Core on SQLite (a file by default, memory on request), pooled contexts, schema and seed at startup.</summary>
    public static IServiceCollection AddHostingData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton<DatabaseConnection>();
        services.AddDbContextPool<HostingDbContext>((sp, o) => o.UseSqlite(sp.GetRequiredService<DatabaseConnection>().ConnectionString));
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<Seed.AccountSeed>();

        // One process: the write lock and the read cache's change source are an in-process gate.
        services.AddSingleton<InProcessWriteGate>();
        services.AddSingleton<IWriteLock>(sp => sp.GetRequiredService<InProcessWriteGate>());
        services.AddSingleton<IChangeSource>(sp => sp.GetRequiredService<InProcessWriteGate>());
        services.AddHostedService<DatabaseStartup>();
        return services;
    }
}

/// <summary>
/// The connection string, from <see cref="DatabaseOptions"/> when first needed. For an in-memory
/// database it also holds the one connection that keeps the database alive for the app's lifetime.
/// </summary>
public sealed class DatabaseConnection : IDisposable
{
    private readonly SqliteConnection? _keepAlive;

    public DatabaseConnection(IOptions<DatabaseOptions> options)
    {
        Options = options.Value;
        ConnectionString = Options.ConnectionString($"hostingapi-{Guid.NewGuid():N}");
        if (Options.InMemory)
        {
            _keepAlive = new SqliteConnection(ConnectionString);
            _keepAlive.Open();
        }
    }

    public DatabaseOptions Options { get; }

    public string ConnectionString { get; }

    public void Dispose() => _keepAlive?.Dispose();
}
