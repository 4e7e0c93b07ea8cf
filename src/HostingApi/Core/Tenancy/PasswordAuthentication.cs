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
    public async Task<Tenant> ResolveAsync(string login, string password, CancellationToken ct = default)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Login == login, ct);
        if (account is null || !account.HasPassword(password))
        {
            throw new AuthenticationError(AuthenticationFailure.WrongPassword, login);
        }

        return tenants.Find(account.Id) ?? throw new AuthenticationError(AuthenticationFailure.WrongPassword, login);
    }
}
