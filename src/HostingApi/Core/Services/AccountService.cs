using HostingApi.Core.Domain;
using HostingApi.Core.Operations;
using HostingApi.Core.Persistence;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary><c>hosting.account.info</c>, <c>hosting.rating.list</c> and <c>contact.balance</c>.</summary>
public sealed class AccountService(HostingDbContext db, OperationRunner runner)
{
    public async Task<AccountView> InfoAsync(Tenant tenant, CancellationToken ct = default)
    {
        // A read: what it uses shows the account's finished operations (products count once done).
        await runner.CatchUpAsync(tenant.AccountId, ct);
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == tenant.AccountId, ct);
        var used = await QuotaCalculator.UsedAsync(db, tenant.AccountId, ct);
        return new AccountView(account, used);
    }

    public Task<Account> AccountAsync(Tenant tenant, CancellationToken ct = default) =>
        db.Accounts.AsNoTracking().SingleAsync(a => a.Id == tenant.AccountId, ct);
}

/// <summary>An account with what it uses now.</summary>
public sealed record AccountView(Account Account, ResourceQuota Used)
{
    public ResourceQuota Available => Account.Granted.Minus(Used);
}

/// <summary>
/// Hourly credit rates per resource, as gandi.cli's fixture shows them (it sums the numbers of the
/// last element's struct members to show usage per hour). Not billed: the emulator keeps credits fixed.
/// </summary>
public static class Rating
{
    public static IReadOnlyList<(string Resource, IReadOnlyList<(string Kind, int Credits)>? Rates)> Current { get; } =
    [
        ("bw_out", null),
        ("cpu", [("default", 168)]),
        ("disk_data", [("default", 135)]),
        ("disk_snapshot", null),
        ("instance", [("default", 0)]),
        ("ip", [("v4_public", 210), ("v6", 0)]),
        ("ram", [("default", 120)]),
    ];
}
