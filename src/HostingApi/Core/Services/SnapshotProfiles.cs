using HostingApi.Core.Coordination;
using System.Collections.Frozen;
using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>The snapshot profiles, read once: seeded catalog data that only a reset or restore changes (<see cref="RefreshAsync"/>).</summary>
public sealed class SnapshotProfiles(IServiceScopeFactory scopes) : IProcessState
{
    private FrozenDictionary<int, SnapshotProfile>? _byId;

    public SnapshotProfile? Find(int id) => Load().GetValueOrDefault(id);

    public Task RefreshAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _byId, null);
        return Task.CompletedTask;
    }

    private FrozenDictionary<int, SnapshotProfile> Load()
    {
        if (Volatile.Read(ref _byId) is { } loaded)
        {
            return loaded;
        }

        using var scope = scopes.CreateScope();
        var profiles = scope.ServiceProvider.GetRequiredService<HostingDbContext>().SnapshotProfiles.AsNoTracking().ToFrozenDictionary(p => p.Id);
        Interlocked.CompareExchange(ref _byId, profiles, null);
        return profiles;
    }
}
