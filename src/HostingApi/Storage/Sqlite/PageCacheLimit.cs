using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HostingApi.Storage.Sqlite;

/// <summary>
/// Bounds SQLite's own page cache on each pooled connection of a database file (<c>Database:PageCacheKiB</c>).
/// Every pooled connection keeps a cache of its own (SQLite's default: 2,000 KiB), and they fill as the file
/// grows, so under a long load the server's memory crept up by a connection's cache at a time; the file's
/// pages stay in the operating system's cache, and the hot answers in the read cache in front.
/// The pragma is a property of the connection's handle, which the pool keeps: it runs on each open.
/// </summary>
public sealed class PageCacheLimit(int kibibytes) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA cache_size = -{kibibytes};";
        command.ExecuteNonQuery();
    }
}
