using HostingApi.Core.Errors;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Tenancy;

/// <summary>
/// A login and password (an account's legacy login, a REST dialect's e-mail) to the account they
/// identify. One indexed query per call: REST clients send their credentials on every request.
/// </summary>
public sealed class PasswordAuthentication(HostingDbContext db, TenantDirectory tenants)
{
    /// <summary>The account of <paramref name="provider"/> with that login and password; another provider's account answers as a wrong password.</summary>
    public async Task<Tenant> ResolveAsync(string login, string password, string provider, CancellationToken ct = default)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Login == login && a.Provider == provider, ct);
        if (account is null || !account.HasPassword(password))
        {
            throw new AuthenticationError(AuthenticationFailure.WrongPassword, login);
        }

        return tenants.Find(account.Id) ?? throw new AuthenticationError(AuthenticationFailure.WrongPassword, login);
    }
}
