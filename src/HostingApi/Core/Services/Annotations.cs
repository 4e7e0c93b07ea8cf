using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Persistence;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>A dialect's own attributes of the account's objects (<see cref="ObjectAnnotation"/>): read, set whole, removed.</summary>
public sealed class Annotations(HostingDbContext db, Mutation mutation)
{
    /// <summary>Sets (replaces) the attributes of one object, in one transaction under the write lock.</summary>
    public Task SetAsync(Tenant tenant, string dialect, ObjectKind kind, int objectId, string entityId, string json, CancellationToken ct = default) =>
        mutation.RunDirectAsync(now => SetInAsync(tenant, dialect, kind, objectId, entityId, json, now, ct), ct);

    /// <summary>The same inside a change already running (<see cref="Mutation"/>'s transaction).</summary>
    public async Task<bool> SetInAsync(Tenant tenant, string dialect, ObjectKind kind, int objectId, string entityId, string json, DateTime now, CancellationToken ct)
    {
        var existing = await db.Annotations.SingleOrDefaultAsync(
            a => a.AccountId == tenant.AccountId && a.Dialect == dialect && a.Kind == kind && a.ObjectId == objectId, ct);
        if (existing is null)
        {
            db.Annotations.Add(new ObjectAnnotation(tenant.AccountId, dialect, kind, objectId, entityId, json, now));
        }
        else
        {
            existing.Replace(json, now);
        }

        return true;
    }

    /// <summary>
    /// Several annotations changed together (a tag and every object it names), in one transaction under the
    /// write lock: <paramref name="change"/> reads and writes with the <c>In</c> methods.
    /// </summary>
    public Task ChangeAsync(Func<DateTime, Task> change, CancellationToken ct = default) =>
        mutation.RunDirectAsync(async now =>
        {
            await change(now);
            return true;
        }, ct);

    /// <summary>Removes the attributes of one object inside a change already running; false if it had none.</summary>
    public async Task<bool> RemoveInAsync(Tenant tenant, string dialect, ObjectKind kind, int objectId, CancellationToken ct)
    {
        var existing = await db.Annotations.SingleOrDefaultAsync(
            a => a.AccountId == tenant.AccountId && a.Dialect == dialect && a.Kind == kind && a.ObjectId == objectId, ct);
        if (existing is not null)
        {
            db.Annotations.Remove(existing);
        }

        return existing is not null;
    }

    /// <summary>The attributes of one object, or null.</summary>
    public Task<ObjectAnnotation?> FindAsync(Tenant tenant, string dialect, ObjectKind kind, int objectId, CancellationToken ct = default) =>
        db.Annotations.AsNoTracking().SingleOrDefaultAsync(
            a => a.AccountId == tenant.AccountId && a.Dialect == dialect && a.Kind == kind && a.ObjectId == objectId, ct);

    /// <summary>The attributes found by the dialect's own id (a VM's uuid), or null.</summary>
    public Task<ObjectAnnotation?> FindAsync(Tenant tenant, string dialect, ObjectKind kind, string entityId, CancellationToken ct = default) =>
        db.Annotations.AsNoTracking().SingleOrDefaultAsync(
            a => a.AccountId == tenant.AccountId && a.Dialect == dialect && a.Kind == kind && a.EntityId == entityId, ct);

    /// <summary>Every object of a kind the account annotated in this dialect, in object id order.</summary>
    public Task<List<ObjectAnnotation>> ListAsync(Tenant tenant, string dialect, ObjectKind kind, CancellationToken ct = default) =>
        db.Annotations.AsNoTracking().Where(a => a.AccountId == tenant.AccountId && a.Dialect == dialect && a.Kind == kind)
            .OrderBy(a => a.ObjectId).ToListAsync(ct);
}
