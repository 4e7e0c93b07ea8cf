namespace HostingApi.Core.Operations;

/// <summary>
/// Serializes every state change (mutations and queue steps). SQLite has one writer anyway; holding
/// the gate across "check the quota, then insert" is what makes quota checks atomic.
/// Each exit bumps <see cref="Version"/>: whatever was read before a version still holds until it changes.
/// </summary>
public sealed class WriteGate
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

    private sealed class Releaser(WriteGate owner) : IDisposable
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
