using HostingApi.Core.Coordination;

namespace HostingApi.Storage.Coordination;

/// <summary>
/// The write lock and change source of a single process: a semaphore (SQLite has one writer anyway),
/// and a version that moves at each exit from it. Two processes must not share one database with it
/// (ADR-002); a multi-instance store fills <see cref="IWriteLock"/> and <see cref="IChangeSource"/> with
/// database-held forms instead.
/// </summary>
public sealed class InProcessWriteGate : IWriteLock, IChangeSource
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _version;

    /// <summary>Changes after every exit from the gate, i.e. after anything may have been written.</summary>
    public long Version => Interlocked.Read(ref _version);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Releaser(this);
    }

    private sealed class Releaser(InProcessWriteGate owner) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                // The version moves before the gate opens: a reader that then sees the old version
                // read before this writer's commit, and its entry is thrown away.
                Interlocked.Increment(ref owner._version);
                owner._gate.Release();
            }
        }
    }
}
