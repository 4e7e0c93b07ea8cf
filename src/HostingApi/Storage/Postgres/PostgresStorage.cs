using HostingApi.Core.Calls;
using HostingApi.Core.Coordination;
using HostingApi.Core.Persistence;
using HostingApi.Storage.Postgres.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HostingApi.Storage.Postgres;

/// <summary>PostgreSQL: one database, any number of instances (docs/scale-out.md).</summary>
public static class PostgresStorage
{
    public static IServiceCollection AddPostgresStore(this IServiceCollection services, DatabaseOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new DatabaseUnavailableException("Database:Provider is Postgres but Database:ConnectionString is not set", new ArgumentException("Database:ConnectionString"));
        }

        var connectionString = options.ConnectionString;
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton<PostgresStore>();
        services.AddSingleton<IStoreProvider>(sp => sp.GetRequiredService<PostgresStore>());
        services.AddSingleton(sp => new StoreDescription("postgres", sp.GetRequiredService<PostgresStore>().Location));
        services.AddSingleton<SequenceFollower>();
        services.AddSingleton<IIdReservation, NoIdReservation>();

        // The compiled model of the Npgsql provider: the assembly attribute names SQLite's, so it is given explicitly.
        services.AddDbContextPool<HostingDbContext>((sp, o) => o.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>())
            .UseModel(HostingDbContextModel.Instance)
            .AddInterceptors(sp.GetRequiredService<ObjectIdAssignment>(), sp.GetRequiredService<SequenceFollower>()));

        // Several instances: the lock and the version are the database's.
        services.AddSingleton<PostgresWriteGate>();
        services.AddSingleton<IWriteLock>(sp => sp.GetRequiredService<PostgresWriteGate>());
        services.AddSingleton<IChangeSource>(sp => sp.GetRequiredService<PostgresWriteGate>());
        services.AddSingleton<IStartupFilter, ChangeCheckStartupFilter>();
        services.AddHostedService<ChangeWatcher>();

        // The counting fault rules count in the database too, so a "times": 1 rule fires once for all instances.
        services.AddSingleton<PostgresRuleCounters>();
        services.AddSingleton<IRuleCounters>(sp => sp.GetRequiredService<PostgresRuleCounters>());
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<PostgresRuleCounters>());
        return services;
    }
}
