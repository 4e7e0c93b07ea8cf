namespace HostingApi.Core.Coordination;

/// <summary>
/// State a process keeps in memory although the database owns it (accounts and their keys, sessions,
/// snapshot profiles, the queue's schedule, cached reads). Each holder implements this so that one
/// call (<see cref="ProcessState.RefreshAsync"/>) brings it back in line after the database changed
/// under it: a reset, a restore, another instance's write.
/// </summary>
public interface IProcessState
{
    Task RefreshAsync(CancellationToken cancellationToken);
}
