using System.Collections.Frozen;
using HostingApi.Core.Coordination;
using HostingApi.Core.Errors;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Tenancy;

/// <summary>
/// API key to account, in memory: accounts come from configuration and are loaded once the
/// database is ready, so resolving a key costs one dictionary lookup per call.
/// </summary>
public sealed class TenantDirectory : IProcessState
{
    private readonly Reloadable<FrozenDictionary<string, Tenant>> _byKey;

    public TenantDirectory(IServiceScopeFactory scopes) => _byKey = new(() =>
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        return db.Accounts.AsNoTracking().ToList().ToFrozenDictionary(a => a.ApiKey, a => new Tenant(a.Id, a.Handle, a.Provider), StringComparer.Ordinal);
    });

    /// <summary>The tenant of <paramref name="apiKey"/>, or fault 510150 (observed) for an unknown key.</summary>
    public Tenant Resolve(string apiKey) =>
        _byKey.Value.TryGetValue(apiKey, out var tenant) ? tenant : throw new AuthenticationError(AuthenticationFailure.UnknownApiKey);

    /// <summary>The tenant of <paramref name="apiKey"/> if its account is <paramref name="provider"/>'s; another provider's key answers as unknown.</summary>
    public Tenant Resolve(string apiKey, string provider) =>
        _byKey.Value.TryGetValue(apiKey, out var tenant) && tenant.Provider == provider ? tenant : throw new AuthenticationError(AuthenticationFailure.UnknownApiKey);

    public Tenant? Find(int accountId) => _byKey.Value.Values.FirstOrDefault(t => t.AccountId == accountId);

    /// <summary>Accounts may have changed in the database: the next call loads them again.</summary>
    public Task RefreshAsync(CancellationToken cancellationToken)
    {
        _byKey.Forget();
        return Task.CompletedTask;
    }
}
