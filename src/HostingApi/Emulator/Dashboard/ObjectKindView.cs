using HostingApi.Core.Domain;
using HostingApi.Core.Inspection;
using HostingApi.Core.Persistence;
using HostingApi.Core.Tenancy;

namespace HostingApi.Emulator.Dashboard;

/// <summary>
/// One kind of object an account owns, as the dashboard lists it: how to load an account's objects
/// of the kind, and find the operations that touched one. The pages know nothing of the kinds:
/// <see cref="ObjectKinds.For"/> picks an account's.
/// </summary>
public sealed class ObjectKindView
{
    /// <summary>The URL segment and HTML id: <c>disks</c>.</summary>
    public required string Key { get; init; }

    public required string Title { get; init; }

    /// <summary>The API family the kind belongs to (Gandi's hosting, Gigas, CloudSigma): the pages group by it.</summary>
    public required string Family { get; init; }

    /// <summary>The labels of <see cref="ObjectRow.Fields"/>, in order (the table's column headers).</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>An account's objects (one when an id is given), oldest first, at most <c>limit</c>, and how many match in all.</summary>
    public required Func<HostingDbContext, Tenant, int?, int, CancellationToken, Task<ObjectRows>> LoadAsync { get; init; }

    /// <summary>
    /// How many objects of the kind each account owns (account id to count), for the overview's columns;
    /// only the core's own kinds (<see cref="ObjectKinds.All"/>) have it, a provider's kinds are counted on their account's page.
    /// </summary>
    public Func<HostingDbContext, CancellationToken, Task<Dictionary<int, int>>>? CountAsync { get; init; }

    /// <summary>The operations that name an object of the kind; null when operations never do (SSH keys).</summary>
    public Func<IQueryable<Operation>, int, IQueryable<Operation>>? OperationsOf { get; init; }
}
