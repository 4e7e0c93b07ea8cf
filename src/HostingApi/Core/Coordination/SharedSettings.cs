using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Coordination;

/// <summary>
/// Where the <see cref="ISharedSetting"/>s meet the database (table <c>ControlSettings</c>): a change is
/// made and stored under the write lock, so it moves the change counter like any write and every other
/// instance loads it on its next refresh; nothing is read per call. A refresh loads only the documents
/// that differ from the last one this process stored or loaded, so an unchanged setting keeps its memory
/// (a fault rule's counters, a test's in-process clock move) across the refreshes of other writes.
/// </summary>
public sealed class SharedSettings(IServiceScopeFactory scopes, IWriteLock writeLock, IEnumerable<ISharedSetting> settings)
    : IProcessState, IResettable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string?> _known = new(StringComparer.Ordinal);

    /// <summary>
    /// Applies <paramref name="change"/> to <paramref name="setting"/> and stores the result, under the
    /// write lock: entering it catches up with other instances' changes first (a shared store refreshes
    /// on entering), so the change applies to the latest value and two instances cannot lose one another's.
    /// </summary>
    public async Task ChangeAsync(ISharedSetting setting, Action change, CancellationToken cancellationToken)
    {
        using (await writeLock.EnterAsync(cancellationToken))
        {
            try
            {
                change();
                await StoreAsync(setting.Key, setting.Save(), cancellationToken);
            }
            catch
            {
                // Not stored: memory goes back to what the database holds.
                setting.Load(Known(setting.Key));
                throw;
            }
        }
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        var stored = await db.ControlSettings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Document, StringComparer.Ordinal, cancellationToken);
        foreach (var setting in settings)
        {
            var document = stored.GetValueOrDefault(setting.Key);
            lock (_gate)
            {
                if (string.Equals(_known.GetValueOrDefault(setting.Key), document, StringComparison.Ordinal))
                {
                    continue;
                }

                _known[setting.Key] = document;
            }

            setting.Load(document);
        }
    }

    /// <summary>Every setting back to its configured value, for every instance (<c>POST /_emulator/reset</c>).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        using (await writeLock.EnterAsync(cancellationToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
            db.ControlSettings.RemoveRange(await db.ControlSettings.ToListAsync(cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            foreach (var setting in settings)
            {
                Remember(setting.Key, null);
                setting.Load(null);
            }
        }
    }

    private async Task StoreAsync(string key, string? document, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        var row = await db.ControlSettings.FindAsync([key], cancellationToken);
        if (document is null)
        {
            if (row is not null)
            {
                db.ControlSettings.Remove(row);
            }
        }
        else if (row is null)
        {
            db.ControlSettings.Add(new ControlSetting(key, document));
        }
        else
        {
            row.Replace(document);
        }

        await db.SaveChangesAsync(cancellationToken);
        Remember(key, document);
    }

    private string? Known(string key)
    {
        lock (_gate)
        {
            return _known.GetValueOrDefault(key);
        }
    }

    private void Remember(string key, string? document)
    {
        lock (_gate)
        {
            _known[key] = document;
        }
    }
}
