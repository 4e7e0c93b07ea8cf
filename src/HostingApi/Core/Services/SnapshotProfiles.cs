using System.Collections.Frozen;
using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>The snapshot profiles, read once: they are seeded catalog data that nothing changes.</summary>
public sealed class SnapshotProfiles(IServiceScopeFactory scopes)
{
    private FrozenDictionary<int, SnapshotProfile>? _byId;

    public SnapshotProfile? Find(int id) => Load().GetValueOrDefault(id);

    private FrozenDictionary<int, SnapshotProfile> Load()
    {
        if (_byId is { } loaded)
        {
            return loaded;
        }

        using var scope = scopes.CreateScope();
        var profiles = scope.ServiceProvider.GetRequiredService<HostingDbContext>().SnapshotProfiles.AsNoTracking().ToFrozenDictionary(p => p.Id);
        Interlocked.CompareExchange(ref _byId, profiles, null);
        return _byId!;
    }
}
