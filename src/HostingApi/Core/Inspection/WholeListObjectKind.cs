using HostingApi.Core.Domain;
using HostingApi.Core.Tenancy;

namespace HostingApi.Core.Inspection;

/// <summary>
/// A kind whose rows are built from all of the account's objects at once (a test account holds a few
/// dozen), then cut: listing and finding one are the same read, with or without an id.
/// </summary>
public abstract class WholeListObjectKind : IAccountObjectKind
{
    public abstract string Provider { get; }

    public abstract string Key { get; }

    public abstract string Title { get; }

    public abstract string Family { get; }

    public abstract IReadOnlyList<string> Columns { get; }

    public async Task<ObjectRows> ListAsync(Tenant tenant, int limit, CancellationToken ct)
    {
        var rows = await RowsAsync(tenant, null, ct);
        return new([.. rows.Take(limit)], rows.Count);
    }

    public async Task<ObjectRow?> FindAsync(Tenant tenant, int id, CancellationToken ct) => (await RowsAsync(tenant, id, ct)).FirstOrDefault();

    public abstract IQueryable<Operation> OperationsOf(IQueryable<Operation> operations, int id);

    /// <summary>The account's rows, oldest first: all of them, or only the one with core id <paramref name="id"/>.</summary>
    protected abstract Task<List<ObjectRow>> RowsAsync(Tenant tenant, int? id, CancellationToken ct);
}
