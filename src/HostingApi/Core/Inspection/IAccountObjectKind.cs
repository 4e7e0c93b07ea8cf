using HostingApi.Core.Domain;
using HostingApi.Core.Tenancy;

namespace HostingApi.Core.Inspection;

/// <summary>
/// A kind of object a provider's accounts own, in that provider's own words (its status words, its ids,
/// its units): how an inspector (the control plane's dashboard) lists and shows them without knowing the
/// dialect. A dialect registers one per kind in DI (<c>services.AddScoped&lt;IAccountObjectKind, GigasDisks&gt;()</c>);
/// the dashboard enumerates them and shows an account the kinds of its provider. The words come from the
/// dialect's own wire code, so what the dashboard says is what the API answers.
/// <para>
/// Reads here must not make the queue current (<see cref="Services.Reads"/> does): looking must not finish
/// an operation a client has not read yet. The core's services have a <c>Peek</c> read for that.
/// </para>
/// </summary>
public interface IAccountObjectKind
{
    /// <summary>Whose accounts own it (<see cref="Providers"/>).</summary>
    string Provider { get; }

    /// <summary>The URL segment and HTML id, unique among the provider's kinds: <c>drives</c>.</summary>
    string Key { get; }

    /// <summary>The provider's name for the kind: <c>Drives</c>.</summary>
    string Title { get; }

    /// <summary>The API family it belongs to (<c>CloudSigma</c>): pages group kinds by it.</summary>
    string Family { get; }

    /// <summary>The labels of <see cref="ObjectRow.Fields"/>, in order, in the provider's field names.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>The account's objects of the kind, oldest first, at most <paramref name="limit"/>, and their total.</summary>
    Task<ObjectRows> ListAsync(Tenant tenant, int limit, CancellationToken ct);

    /// <summary>One of the account's objects by its core id, or null (another account's answers as missing).</summary>
    Task<ObjectRow?> FindAsync(Tenant tenant, int id, CancellationToken ct);

    /// <summary>The operations that name the object with core id <paramref name="id"/>.</summary>
    IQueryable<Operation> OperationsOf(IQueryable<Operation> operations, int id);
}
