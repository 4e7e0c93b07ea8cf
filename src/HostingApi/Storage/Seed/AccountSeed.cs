using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Storage.Seed;

/// <summary>Creates the configured accounts that do not exist yet (with their VMs) and updates the quota, balances and login of the others.</summary>
public sealed class AccountSeed(ConfiguredAccounts accounts)
{
    public async Task ApplyAsync(HostingDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var options in accounts.All)
        {
            if (!Account.IsWellFormedApiKey(options.ApiKey))
            {
                throw new InvalidOperationException($"Account {options.Handle}: the API key must be 24 ASCII letters or digits.");
            }

            var quota = new ResourceQuota(options.Quota.Servers, options.Quota.Ips, options.Quota.Cores,
                options.Quota.Memory, options.Quota.Disk * Disk.Mebibyte, options.Quota.Bandwidth);
            if (!Providers.IsKnown(options.Provider))
            {
                throw new InvalidOperationException($"Account {options.Handle}: unknown provider '{options.Provider}' (known: {Providers.Gandi}, {Providers.Gigas}).");
            }

            var account = await db.Accounts.SingleOrDefaultAsync(a => a.ApiKey == options.ApiKey, cancellationToken);
            var created = account is null;
            if (account is null)
            {
                account = new Account(options.Handle, options.FullName, options.ApiKey, options.Model != "shares", quota, now);
                db.Accounts.Add(account);
            }
            else
            {
                account.Grant(quota);
            }

            account.SetBalances(options.Credits, options.Prepaid, options.Currency, options.CycleDay);
            account.SetLegacyLogin(options.Login, options.Password);
            account.SetProvider(options.Provider);
            if (created)
            {
                await SeedVms.AddAsync(db, account, options.Vms, now, cancellationToken);
            }
        }
    }
}
