using HostingApi.Core.Errors;
using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary><c>hosting.ssh.*</c>: an account's SSH keys (no operations: they change at once).</summary>
public sealed class SshKeyService(HostingDbContext db, Mutation mutation, Reads reads)
{
    internal static readonly ListingSpec<SshKey> Keys = new ListingSpec<SshKey>(k => k.Id)
        .Text("name", k => k.Name).Text("fingerprint", k => k.Fingerprint)
        .Sortable("name", k => k.Name).Sortable("fingerprint", k => k.Fingerprint);

    public Task<SshKey> CreateAsync(Tenant tenant, string? name, string value, CancellationToken ct = default)
    {
        var fingerprint = SshFingerprint.Of(value);
        return mutation.RunDirectAsync(async now =>
        {
            var key = new SshKey(tenant.AccountId, name ?? SshFingerprint.Comment(value) ?? "", value.Trim(), fingerprint, now);
            db.SshKeys.Add(key);
            await db.SaveChangesAsync(ct);
            if (key.Name.Length == 0)
            {
                key.Rename($"key{key.Id}");
            }

            return key;
        }, ct);
    }

    public Task DeleteAsync(Tenant tenant, int id, CancellationToken ct = default) =>
        mutation.RunDirectAsync(async _ =>
        {
            db.SshKeys.Remove(await db.SshKeys.SingleOrDefaultAsync(k => k.Id == id && k.AccountId == tenant.AccountId, ct) ?? throw NotFound(id));
            return true;
        }, ct);

    public Task<SshKey> InfoAsync(Tenant tenant, int id, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.SshKeyInfo, tenant, id),
            async () => await Owned(tenant).SingleOrDefaultAsync(k => k.Id == id, ct) ?? throw NotFound(id), ct);

    public Task<List<SshKey>> ListAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.SshKeyList, tenant, request),
            () => Keys.Page(Keys.Filter(Owned(tenant), request), request).ToListAsync(ct), ct);

    public Task<int> CountAsync(Tenant tenant, ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Of(ReadQuery.SshKeyCount, tenant, request),
            () => Keys.Filter(Owned(tenant), request).CountAsync(ct), ct);

    private IQueryable<SshKey> Owned(Tenant tenant) => db.SshKeys.AsNoTracking().Where(k => k.AccountId == tenant.AccountId);

    private static CoreError NotFound(int id) => new NotFoundError(ObjectKind.SshKey, id);
}
