namespace HostingApi.Core.Coordination;

/// <summary>The one seam to refresh everything the process keeps in memory of the database's state.</summary>
public sealed class ProcessState(IEnumerable<IProcessState> parts)
{
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        foreach (var part in parts)
        {
            await part.RefreshAsync(cancellationToken);
        }
    }
}
