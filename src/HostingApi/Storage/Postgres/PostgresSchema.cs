using HostingApi.Core.Persistence;
using HostingApi.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HostingApi.Storage.Postgres;

/// <summary>
/// Creates the schema of an empty PostgreSQL database from <c>Storage/Postgres/schema.sql</c> (the
/// script EF generates for the model on Npgsql; <c>SchemaScriptTests</c> keeps it current), plus the
/// few objects of HostingApi's own that several instances coordinate through: the schema version
/// (one row), the change counter (one row), the counting fault rules' counts
/// (<see cref="PostgresRuleCounters"/>) and the function that moves an id sequence past explicit ids;
/// and the trigger that keeps <c>DiskUsage</c> (<see cref="DiskUsageTriggers"/>).
/// A database of another version is refused with one line.
/// </summary>
public static class PostgresSchema
{
    private const string ResourceName = "HostingApi.Storage.Postgres.schema.sql";

    /// <summary>The same version as SQLite's: it is the model's, and a state document is the same for both stores.</summary>
    public const int Version = DatabaseSchema.Version;

    private const string Coordination = """
        CREATE TABLE "HostingApiSchema" ("Version" integer NOT NULL);
        CREATE TABLE "HostingApiChanges" (
            "Id" integer PRIMARY KEY CHECK ("Id" = 1),
            "Version" bigint NOT NULL,
            "Dirty" boolean NOT NULL);
        INSERT INTO "HostingApiChanges" VALUES (1, 1, false);
        CREATE TABLE "FaultRuleCounters" (
            "RuleId" text PRIMARY KEY,
            "Seen" bigint NOT NULL,
            "Fired" bigint NOT NULL);
        """;

    // A sequence moves forward only: never back below an id it already gave out.
    private const string FollowIdsFunction = """
        CREATE FUNCTION "HostingApiFollowIds"(tbl text, top bigint) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            seq text := pg_get_serial_sequence(format('%I', tbl), 'Id');
            last bigint;
            called boolean;
        BEGIN
            EXECUTE format('SELECT last_value, is_called FROM %s', seq) INTO last, called;
            IF top > last OR (top = last AND NOT called) THEN
                PERFORM setval(seq, top, true);
            END IF;
        END $$;
        """;

    public static async Task<bool> CreateIfMissingAsync(HostingDbContext db, CancellationToken cancellationToken)
    {
        if (await ScalarAsync(db, "SELECT to_regclass('\"HostingApiSchema\"') IS NOT NULL", cancellationToken) is true)
        {
            var found = Convert.ToInt32(await ScalarAsync(db, "SELECT max(\"Version\") FROM \"HostingApiSchema\"", cancellationToken) is int v ? v : 0);
            return found == Version ? false : throw Refused(found);
        }

        if (await ScalarAsync(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()", cancellationToken) is long and > 0)
        {
            throw Refused(0);
        }

        await db.Database.ExecuteSqlRawAsync(Script(), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Coordination, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(FollowIdsFunction, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(DiskUsageTriggers.Script(), cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"INSERT INTO \"HostingApiSchema\" VALUES ({Version})", cancellationToken);
        return true;
    }

    /// <summary>The committed script, as embedded in the assembly.</summary>
    public static string Script()
    {
        using var stream = typeof(PostgresSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static SchemaVersionException Refused(int found) => new(
        $"The PostgreSQL database holds schema version {found}; this HostingApi needs version {Version}. " +
        "Give it an empty database (emulator state is disposable): drop and create it, or point Database:ConnectionString elsewhere.");

    private static async Task<object?> ScalarAsync(HostingDbContext db, string sql, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
            return await command.ExecuteScalarAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
