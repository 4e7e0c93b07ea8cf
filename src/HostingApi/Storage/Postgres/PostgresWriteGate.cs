using HostingApi.Core.Coordination;
using HostingApi.Core.Operations;
using Npgsql;

namespace HostingApi.Storage.Postgres;

/// <summary>
/// The write lock and change source of instances sharing one PostgreSQL database. The lock is a
/// session advisory lock on a connection of its own (one per process; a semaphore lines the process's
/// writers up first): whichever instance holds it is the only writer, so quota checks stay atomic and
/// each operation step is taken once. PostgreSQL drops the lock with the connection when a process dies.
/// The version is a one-row counter moved at each release: a process that sees it move (on entering the
/// lock, on each request, and every second in the background) refreshes what it keeps in memory first.
/// <c>Dirty</c> is set while the lock is held: a holder that died between its commit and its release
/// leaves it set, and the next holder moves the version for it.
/// An instance that finds itself alone on the database (<see cref="CheckPresenceAsync"/>, once a second)
/// keeps the lock between its writes: then no other instance can write, so its memory cannot be stale and
/// a request needs no version check at all. Another instance shows itself by a shared presence lock
/// (taken with its lock connection, before it waits for the lock); the holder lets go at its next check,
/// and checks every request again from before it lets go, so freshness never rests on timing.
/// </summary>
public sealed partial class PostgresWriteGate(
    NpgsqlDataSource data, IServiceProvider services, OperationSchedule schedule, ILogger<PostgresWriteGate> log)
    : IWriteLock, IChangeSource, IDisposable
{
    private const long LockKey = 0x4841_5049_0002;

    // Held shared by every instance's lock connection: how an instance sees the others.
    private const long PresenceKey = 0x4841_5049_0003;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private NpgsqlConnection? _connection;
    private long _observed;
    private CoalescedCheck? _versionCheck;
    private volatile bool _alone;
    private volatile bool _holding;

    /// <summary>The database's version as this process last caught up with it.</summary>
    public long Version => Interlocked.Read(ref _observed);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _connection ??= await OpenLockConnectionAsync(cancellationToken);
            await using var batch = new NpgsqlBatch(_connection);
            if (!_holding)
            {
                batch.BatchCommands.Add(new($"SELECT pg_advisory_lock({LockKey})"));
            }

            batch.BatchCommands.Add(new("UPDATE \"HostingApiChanges\" SET \"Version\" = \"Version\" + CASE WHEN \"Dirty\" THEN 1 ELSE 0 END, \"Dirty\" = true RETURNING \"Version\""));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            if (batch.BatchCommands.Count == 2)
            {
                await reader.NextResultAsync(cancellationToken);
            }

            await reader.ReadAsync(cancellationToken);
            var version = reader.GetInt64(0);
            await reader.DisposeAsync();
            await CatchUpAsync(version, cancellationToken);
            return new Releaser(this);
        }
        catch
        {
            // A lock taken on a connection that is then dropped is released by the server.
            DropConnection();
            _gate.Release();
            throw;
        }
    }

    // The counter's updates are committed without waiting for the disk: each is one of three commits per
    // write (enter, the change, release), and waiting for all three tripled the fsyncs a write holds the lock
    // for. The change's own commit still waits (and flushes the counter's earlier records with it), so an
    // acknowledged write is as durable as before; a PostgreSQL crash can lose at most the last release's
    // increment, and that leaves Dirty set, so the next holder moves the version for it.
    private async Task<NpgsqlConnection> OpenLockConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = await data.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand($"SET synchronous_commit = off; SELECT pg_advisory_lock_shared({PresenceKey})", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Reads the database's version and, if another instance moved it, refreshes this process first.
    /// Requests share the reads (<see cref="CoalescedCheck"/>): under load a request costs a share of one
    /// query, not one, and still sees every write acknowledged before it came.
    /// </summary>
    public Task SyncAsync(CancellationToken cancellationToken)
    {
        if (_holding)
        {
            // Nobody else can have written since this process last wrote: nothing to check.
            return Task.CompletedTask;
        }

        return LazyInitializer.EnsureInitialized(ref _versionCheck, () => new CoalescedCheck(CheckVersionAsync)).RunAsync();
    }

    private async Task CheckVersionAsync()
    {
        await using var command = data.CreateCommand("SELECT \"Version\" FROM \"HostingApiChanges\"");
        var version = (long)(await command.ExecuteScalarAsync(CancellationToken.None))!;
        await CatchUpAsync(version, CancellationToken.None);
    }

    /// <summary>
    /// Counts the other instances on the database (their presence locks): alone, this process keeps the
    /// write lock after its next write; not alone, it lets go of a lock it keeps, so the others can write.
    /// A kept lock's connection is also tried, so a lost connection (and with it the lock) is noticed here.
    /// </summary>
    public async Task CheckPresenceAsync(CancellationToken cancellationToken)
    {
        await using var command = data.CreateCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND mode = 'ShareLock' " +
            $"AND classid = {PresenceKey >> 32} AND objid = {PresenceKey & 0xFFFF_FFFF} AND objsubid = 1 " +
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
        var present = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        _alone = present - (_connection is null ? 0 : 1) <= 0;
        if (!_holding)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_holding && _connection is not null)
            {
                if (!_alone)
                {
                    // From here on every request checks again: only then may another instance write.
                    _holding = false;
                }

                await using var probe = new NpgsqlCommand(_alone ? "SELECT 1" : $"SELECT pg_advisory_unlock({LockKey})", _connection);
                await probe.ExecuteScalarAsync(cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReleaseFailed(e);
            DropConnection();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Whether a holder is (or was, until it died) inside the lock.</summary>
    public async Task<bool> IsDirtyAsync(CancellationToken cancellationToken)
    {
        await using var command = data.CreateCommand("SELECT \"Dirty\" FROM \"HostingApiChanges\"");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public void Dispose() => DropConnection();

    // Refresh before the version is taken as seen: a read that sees the new version reads refreshed state.
    private async Task CatchUpAsync(long version, CancellationToken cancellationToken)
    {
        if (version <= Version)
        {
            return;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (version <= Version)
            {
                return;
            }

            await services.GetRequiredService<ProcessState>().RefreshAsync(cancellationToken);
            schedule.Wake();
            Observe(version);
        }
        finally
        {
            _refresh.Release();
        }
    }

    private void Observe(long version)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _observed);
            if (version <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _observed, version, current) != current);
    }

    private void Release()
    {
        try
        {
            // Alone: the lock is kept for the next write (and requests need no check meanwhile).
            var keep = _alone;
            _holding = false;
            using var batch = new NpgsqlBatch(_connection)
            {
                BatchCommands =
                {
                    new("UPDATE \"HostingApiChanges\" SET \"Version\" = \"Version\" + 1, \"Dirty\" = false RETURNING \"Version\""),
                },
            };
            if (!keep)
            {
                batch.BatchCommands.Add(new($"SELECT pg_advisory_unlock({LockKey})"));
            }

            // Moved before the lock opens: a reader that still sees the old version read before this
            // writer's commit or re-reads once it sees the new one (as InProcessWriteGate does).
            Observe((long)batch.ExecuteScalar()!);
            _holding = keep;
        }
        catch (Exception e)
        {
            // Dirty stays set: the next holder (or the background check) moves the version instead.
            LogReleaseFailed(e);
            DropConnection();
        }
        finally
        {
            _gate.Release();
        }
    }

    private void DropConnection()
    {
        _holding = false;
        _connection?.Dispose();
        _connection = null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Releasing the PostgreSQL write lock failed; the connection was dropped (the server releases the lock)")]
    private partial void LogReleaseFailed(Exception exception);

    private sealed class Releaser(PostgresWriteGate owner) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release();
            }
        }
    }
}
