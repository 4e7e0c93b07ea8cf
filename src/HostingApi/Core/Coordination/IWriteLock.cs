namespace HostingApi.Core.Coordination;

/// <summary>
/// Serializes every state change (mutations and queue steps). Holding it across "check the quota,
/// then insert" is what makes quota checks atomic. One process on SQLite fills it with an in-process
/// gate; several processes on one database need a lock the database holds.
/// </summary>
public interface IWriteLock
{
    Task<IDisposable> EnterAsync(CancellationToken cancellationToken = default);
}
