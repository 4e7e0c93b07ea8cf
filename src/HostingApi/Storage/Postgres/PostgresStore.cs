using System.Globalization;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HostingApi.Storage.Postgres;

/// <summary>PostgreSQL's side of the stores: one database shared by any number of instances (docs/scale-out.md).</summary>
public sealed class PostgresStore(NpgsqlDataSource data) : IStoreProvider
{
    // Advisory lock keys are per database; this one serializes schema creation and seeding only.
    private const long StartupLockKey = 0x4841_5049_0001;

    // The text form SQLite's EF provider stores times in: a state document reads the same from either store.
    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    public string Location
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(data.ConnectionString);
            return $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
        }
    }

    public bool SharedByInstances => true;

    public async Task RunExclusiveAsync(HostingDbContext db, Func<Task> work, CancellationToken cancellationToken)
    {
        // A session lock on the context's own connection, held open across the work: the second
        // instance waits here, then finds the tables and the accounts the first one made.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({StartupLockKey})", cancellationToken);
            try
            {
                await work();
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({StartupLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task<bool> CreateSchemaIfMissingAsync(HostingDbContext db, CancellationToken cancellationToken) =>
        PostgresSchema.CreateIfMissingAsync(db, cancellationToken);

    public Exception? Explain(Exception failure) => failure is NpgsqlException e
        ? new DatabaseUnavailableException($"cannot use the PostgreSQL database {Location} (Database:ConnectionString): {e.Message}", e)
        : null;

    public IEnumerable<string> RestartIds(IReadOnlyList<string> tables) =>
        tables.Select(t => $"SELECT setval(pg_get_serial_sequence('\"{t}\"', 'Id'), 1, false)");

    public IEnumerable<string> FollowIds(IReadOnlyList<string> tables) =>
        tables.Select(t => $"SELECT \"HostingApiFollowIds\"('{t}', (SELECT COALESCE(max(\"Id\"), 0) FROM \"{t}\"))");

    public object? ToColumn(object? value, Type columnType) => value switch
    {
        null => null,
        long whole when columnType == typeof(int) => checked((int)whole),
        long whole when columnType == typeof(short) => checked((short)whole),
        long whole when columnType == typeof(bool) => whole != 0,
        long whole when columnType == typeof(double) => (double)whole,
        long whole when columnType == typeof(decimal) => (decimal)whole,
        long whole when columnType == typeof(string) => whole.ToString(CultureInfo.InvariantCulture),
        double real when columnType == typeof(decimal) => (decimal)real,
        double real when columnType == typeof(float) => (float)real,
        string text when columnType == typeof(DateTime) =>
            DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => value,
    };

    public object? FromColumn(object? value) => value switch
    {
        DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString(TimeFormat, CultureInfo.InvariantCulture),
        bool flag => flag ? 1L : 0L,
        int whole => (long)whole,
        short whole => (long)whole,
        _ => value,
    };
}
