using System.Collections.Concurrent;
using HostingApi.Core.Coordination;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Operations;

/// <summary>
/// The operations queued under the <c>Polls</c> policy that still wait for polls: <c>operation.info</c>
/// counts one poll of such an operation before it reads (one dictionary lookup for any other).
/// Memory of the database's <c>PollsLeft</c> column, read back on a refresh.
/// </summary>
public sealed class PolledOperations(IServiceScopeFactory scopes) : IProcessState
{
    private readonly ConcurrentDictionary<int, byte> _waiting = new();

    public bool IsWaiting(int operationId) => !_waiting.IsEmpty && _waiting.ContainsKey(operationId);

    public void Waiting(int operationId) => _waiting[operationId] = 0;

    public void Done(int operationId) => _waiting.TryRemove(operationId, out _);

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        var ids = await db.Operations.AsNoTracking().Where(o => o.PollsLeft > 0).Select(o => o.Id).ToListAsync(cancellationToken);
        _waiting.Clear();
        foreach (var id in ids)
        {
            _waiting[id] = 0;
        }
    }
}
