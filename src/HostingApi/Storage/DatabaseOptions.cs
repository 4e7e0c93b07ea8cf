namespace HostingApi.Storage;

/// <summary>Where state lives; configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (one process, the default) or <see cref="DatabaseProvider.Postgres"/> (one or several instances).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The PostgreSQL connection string (Npgsql's form); only read when <see cref="Provider"/> is Postgres.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The SQLite file (relative paths resolve against the working directory). State survives a
    /// restart. Ignored when <see cref="InMemory"/> is true.
    /// </summary>
    public string Path { get; set; } = "hostingapi.db";

    /// <summary>Keep everything in memory: nothing survives the process (fast, for throwaway CI runs).</summary>
    public bool InMemory { get; set; }

    /// <summary>
    /// SQLite's page cache per pooled connection of a file, in KiB (<see cref="Sqlite.PageCacheLimit"/>):
    /// 16 to 1,048,576; SQLite's own default is 2,000.
    /// </summary>
    public int PageCacheKiB { get; set; } = 256;

    public string SqliteConnectionString(string memoryName) => InMemory
        ? $"Data Source={memoryName};Mode=Memory;Cache=Shared"
        : $"Data Source={System.IO.Path.GetFullPath(Path)};Cache=Private;Pooling=True";
}
