using Npgsql;

namespace HostingApi.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests may use: <c>HOSTINGAPI_TEST_POSTGRES</c> is a connection string to
/// it (any database the user may run CREATE DATABASE from; <c>.ci/run</c> starts a throwaway server and
/// sets it). Each test server gets a database of its own, dropped when it stops.
/// <c>HOSTINGAPI_TEST_PROVIDER=Postgres</c> also puts every <see cref="HostingApiFactory"/> on PostgreSQL
/// (<c>.ci/run</c> runs a slice of the suite so).
/// </summary>
public static class TestPostgres
{
    public static string? AdminConnectionString => Environment.GetEnvironmentVariable("HOSTINGAPI_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool Available => AdminConnectionString is not null;

    public static bool IsDefaultProvider =>
        Available && string.Equals(Environment.GetEnvironmentVariable("HOSTINGAPI_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public const string SkipReason = "no PostgreSQL for the tests: set HOSTINGAPI_TEST_POSTGRES to a connection string (.ci/run starts one)";

    /// <summary>A new empty database; the connection string to it.</summary>
    public static string CreateDatabase()
    {
        var name = "hostingapi_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(AdminConnectionString);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}

/// <summary>A test that needs PostgreSQL: skipped, with the reason, where there is none (CI requires it).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestPostgres.Available)
        {
            Skip = TestPostgres.SkipReason;
        }
    }
}
