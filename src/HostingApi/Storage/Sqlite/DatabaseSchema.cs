using System.Data.Common;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Storage.Sqlite;

/// <summary>
/// Creates the schema of an empty database from <c>Data/schema.sql</c>, the script EF Core generates
/// for the model (<c>dotnet ef dbcontext script</c>), and the triggers that keep <c>DiskUsage</c>
/// (<see cref="DiskUsageTriggers"/>: EF's script has none). This replaces <c>EnsureCreated</c>, which builds
/// EF's design-time model on every start just to print that same script: about 20 MB of the server's
/// memory for the rest of its life (ADR-003). <c>SchemaScriptTests</c> fails when the script no
/// longer matches the model.
/// </summary>
public static class DatabaseSchema
{
    private const string ResourceName = "HostingApi.Storage.Sqlite.schema.sql";

    /// <summary>
    /// The schema's version, kept in SQLite's <c>user_version</c>: raise it whenever schema.sql changes
    /// incompatibly. 2: sizes in bytes (<c>Disks.SizeBytes</c>, <c>Images.SizeBytes</c>, <c>GrantedDiskBytes</c>);
    /// 3: legacy logins in the database (<c>Accounts.Login</c>, <c>PasswordHash</c>), <c>Operations.PollsLeft</c>;
    /// 4: providers (<c>Accounts.Provider</c>) and the <c>DiskSettings</c> table;
    /// 5: <c>EntityId</c> on VMs, ifaces and IPs;
    /// 6: <c>Operations.InstanceId</c> (which instance took the last step);
    /// 7: the <c>Annotations</c> table (a dialect's own attributes of core objects);
    /// 8: the <c>ControlSettings</c> table (clock, policies and fault rules shared by instances);
    /// 9: on PostgreSQL, the <c>FaultRuleCounters</c> table (fault rules counted across instances; not in EF's
    /// model, so SQLite's schema is 8's);
    /// 10: the <c>DiskUsage</c> table and the triggers on <c>Disks</c> that keep it (ADR-005).
    /// A database without a version (0) predates them all.
    /// </summary>
    public const int Version = 10;

    /// <summary>
    /// The oldest schema whose state documents still import: later versions only added nullable columns
    /// and tables a document need not hold (8's <c>ControlSettings</c> and 9's <c>FaultRuleCounters</c> are never in one;
    /// 10's <c>DiskUsage</c> neither: it is rebuilt from the disks imported).
    /// </summary>
    public const int OldestImportable = 5;

    /// <summary>Runs the script when the database has no tables yet (as EnsureCreated did); true if it ran.</summary>
    public static async Task<bool> CreateIfMissingAsync(HostingDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Inside the start-up transaction when there is one (SqliteStore.RunExclusiveAsync).
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (await HasTablesAsync(connection, transaction, cancellationToken))
            {
                var found = await VersionOfAsync(connection, transaction, cancellationToken);
                return found == Version ? false : throw new SchemaVersionException(
                    $"The database holds schema version {found}; this HostingApi needs version {Version}. " +
                    "Delete the database file (emulator state is disposable) or point Database:Path elsewhere.");
            }

            await using var create = connection.CreateCommand();
            create.Transaction = transaction;
            create.CommandText = Script() + "\n" + DiskUsageTriggers.Script() + $"\nPRAGMA user_version = {Version};";
            await create.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The committed script, as embedded in the assembly.</summary>
    public static string Script()
    {
        using var stream = typeof(DatabaseSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task<long> VersionOfAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<bool> HasTablesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
