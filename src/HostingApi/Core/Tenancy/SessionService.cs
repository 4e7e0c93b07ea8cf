using System.Collections.Concurrent;
using HostingApi.Core.Coordination;
using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Tenancy;

/// <summary>
/// The legacy v1 API's sessions: <c>login(login, password)</c> issues an id valid 12 hours, kept in
/// the database (a restart does not log clients out) and in memory (resolving one is a lookup).
/// Ids are <c>sess-</c> and 32 hex digits: no client takes them for a number or a date.
/// </summary>
public sealed class SessionService(IServiceScopeFactory scopes, TenantDirectory tenants, IIdentities identities, TimeProvider time) : IProcessState
{
    private readonly ConcurrentDictionary<string, (int AccountId, DateTime ExpiresAt)> _sessions = new(StringComparer.Ordinal);

    public async Task<string> LoginAsync(string login, string password, string provider, CancellationToken ct = default) =>
        (await OpenAsync(login, password, provider, ct)).Id;

    /// <summary>A new session for the account of <paramref name="provider"/> with that login and password.</summary>
    public async Task<Session> OpenAsync(string login, string password, string provider, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Login == login && a.Provider == provider, ct);
        if (account is null || !account.HasPassword(password))
        {
            throw new AuthenticationError(AuthenticationFailure.WrongPassword, login);
        }

        var session = new Session(identities.NewSessionId(account.Id), account.Id, time.GetUtcNow().UtcDateTime);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        _sessions[session.Id] = (session.AccountId, session.ExpiresAt);
        return session;
    }

    /// <summary>The account a session acts for; an unknown or expired session is a fault.</summary>
    public Tenant Resolve(string sessionId)
    {
        if (!_sessions.TryGetValue(sessionId, out var session))
        {
            using var scope = scopes.CreateScope();
            var stored = scope.ServiceProvider.GetRequiredService<HostingDbContext>().Sessions.AsNoTracking().SingleOrDefault(s => s.Id == sessionId)
                ?? throw new AuthenticationError(AuthenticationFailure.UnknownSession);
            session = _sessions[sessionId] = (stored.AccountId, stored.ExpiresAt);
        }

        if (time.GetUtcNow().UtcDateTime >= session.ExpiresAt)
        {
            throw new AuthenticationError(AuthenticationFailure.ExpiredSession);
        }

        return tenants.Find(session.AccountId) ?? throw new AuthenticationError(AuthenticationFailure.UnknownSession);
    }

    /// <summary>The account a session acts for, if it is <paramref name="provider"/>'s (another provider's session answers as unknown).</summary>
    public Tenant Resolve(string sessionId, string provider) =>
        Resolve(sessionId) is { } tenant && tenant.Provider == provider ? tenant : throw new AuthenticationError(AuthenticationFailure.UnknownSession);

    /// <summary>Sessions may have changed in the database: forget the ones in memory (the next use reads them again).</summary>
    public Task RefreshAsync(CancellationToken cancellationToken)
    {
        _sessions.Clear();
        return Task.CompletedTask;
    }

}

/// <summary>The account a legacy call acts for, resolved from its session argument.</summary>
public sealed record SessionTenant(Tenant Tenant);
