using System.Collections.Frozen;
using HostingApi.Core.Coordination;
using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>The snapshot profiles, read once: seeded catalog data that only a reset or restore changes (<see cref="RefreshAsync"/>).</summary>
public sealed class SnapshotProfiles : IProcessState
{
    private readonly Reloadable<FrozenDictionary<int, SnapshotProfile>> _byId;

    public SnapshotProfiles(IServiceScopeFactory scopes) => _byId = new(() =>
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<HostingDbContext>().SnapshotProfiles.AsNoTracking().ToFrozenDictionary(p => p.Id);
    });

    public SnapshotProfile? Find(int id) => _byId.Value.GetValueOrDefault(id);

    public Task RefreshAsync(CancellationToken cancellationToken)
    {
        _byId.Forget();
        return Task.CompletedTask;
    }
}
