using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HostingApi.Storage.Sqlite;

/// <summary>
/// Bounds SQLite's own page cache on each pooled connection of a database file (<c>Database:PageCacheKiB</c>).
/// Every pooled connection keeps a cache of its own (SQLite's default: 2,000 KiB), and they fill as the file
/// grows, so under a long load the server's memory crept up by a connection's cache at a time; the file's
/// pages stay in the operating system's cache, and the hot answers in the read cache in front.
/// The pragma is a property of the connection's SQLite handle, which the pool keeps open: it runs once per
/// handle, not at every open (a call opens a connection or two).
/// </summary>
public sealed class PageCacheLimit(int kibibytes) : DbConnectionInterceptor
{
    private static readonly object Done = new();

    // The handles already set; a handle the pool closes goes with its entry.
    private readonly ConditionalWeakTable<object, object> _applied = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        object? handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && _applied.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA cache_size = -{kibibytes};";
        command.ExecuteNonQuery();
        if (handle is not null)
        {
            _applied.AddOrUpdate(handle, Done);
        }
    }
}
