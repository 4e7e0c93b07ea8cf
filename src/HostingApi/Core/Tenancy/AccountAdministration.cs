using HostingApi.Core.Coordination;
using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Tenancy;

/// <summary>
/// Accounts made, emptied and removed at run time (a fresh account per test), beside the configured
/// ones. Every change is one transaction under the write lock, then the process's memory of the
/// accounts is refreshed.
/// </summary>
public sealed class AccountAdministration(HostingDbContext db, IWriteLock writeLock, ProcessState processState, IIdentities identities, TimeProvider time)
{
    public async Task<Account> CreateAsync(NewAccount request, CancellationToken ct)
    {
        Account account;
        using (await writeLock.EnterAsync(ct))
        {
            var handle = request.Handle ?? $"T{identities.NewHandleCode()}-{request.Provider.ToUpperInvariant()}";
            if (await db.Accounts.AnyAsync(a => a.Handle == handle, ct))
            {
                throw new AlreadyExistsError(ObjectKind.Account, "handle", handle);
            }

            if (request.Login is { } login && await db.Accounts.AnyAsync(a => a.Login == login && a.Provider == request.Provider, ct))
            {
                throw new AlreadyExistsError(ObjectKind.Account, "login", login);
            }

            account = new Account(handle, request.FullName ?? handle, identities.NewApiKey(), request.RatingEnabled, request.Quota, time.GetUtcNow().UtcDateTime);
            account.SetLegacyLogin(request.Login, request.Password);
            account.SetProvider(request.Provider);
            db.Accounts.Add(account);
            await db.SaveChangesAsync(ct);
        }

        await processState.RefreshAsync(ct);
        return account;
    }

    public Task<List<Account>> ListAsync(CancellationToken ct) => db.Accounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);

    public Task<Account?> FindAsync(string apiKey, CancellationToken ct) => db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.ApiKey == apiKey, ct);

    /// <summary>Removes the account's objects and operations (the account itself stays, with its quota).</summary>
    public async Task EmptyAsync(int accountId, CancellationToken ct)
    {
        using (await writeLock.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await DeleteObjectsAsync(accountId, ct);
            await transaction.CommitAsync(ct);
        }

        await processState.RefreshAsync(ct);
    }

    /// <summary>Removes the account with everything it owns; its key answers as unknown from then on.</summary>
    public async Task DeleteAsync(int accountId, CancellationToken ct)
    {
        using (await writeLock.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await DeleteObjectsAsync(accountId, ct);
            await db.Sessions.Where(s => s.AccountId == accountId).ExecuteDeleteAsync(ct);
            await db.Accounts.Where(a => a.Id == accountId).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await processState.RefreshAsync(ct);
    }

    // Everything an account owns, table by table (there are no foreign keys to order by).
    private async Task DeleteObjectsAsync(int accountId, CancellationToken ct)
    {
        await db.Operations.Where(o => o.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.Ips.Where(i => i.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.Ifaces.Where(i => i.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.Disks.Where(d => d.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.DiskSettings.Where(s => s.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.Vms.Where(v => v.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.Vlans.Where(v => v.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.SshKeys.Where(k => k.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.Products.Where(p => p.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.Annotations.Where(a => a.AccountId == accountId).ExecuteDeleteAsync(ct);
    }
}

/// <summary>An account to make: the billing model, its quota, optionally a handle and a login, and its provider.</summary>
public sealed record NewAccount(bool RatingEnabled, ResourceQuota Quota, string? Handle = null, string? FullName = null, string? Login = null, string? Password = null, string Provider = Providers.Gandi);
