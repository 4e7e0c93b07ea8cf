using HostingApi.Core.Persistence;

namespace HostingApi.Storage;

/// <summary>
/// What differs between the stores HostingApi runs on: how the schema is made and checked, how
/// instances starting together take turns, and how the state store's raw rows meet the database
/// (id sequences, column types). Everything else is EF's model, the same for both.
/// </summary>
public interface IStoreProvider
{
    /// <summary>Where the state is, for the start-up log line (never a password).</summary>
    string Location { get; }

    /// <summary>
    /// Whether several instances share the database: then the control settings (clock, policies, fault
    /// rules) outlive a process and a new instance takes them up; otherwise each start begins from configuration.
    /// </summary>
    bool SharedByInstances { get; }

    /// <summary>
    /// Runs <paramref name="work"/> (schema and seed) so that processes starting together on a new
    /// database take turns: the second finds the first one's tables and accounts.
    /// </summary>
    Task RunExclusiveAsync(HostingDbContext db, Func<Task> work, CancellationToken cancellationToken);

    /// <summary>Creates the schema of an empty database, upgrades or refuses an older one; true if it was created.</summary>
    Task<bool> CreateSchemaIfMissingAsync(HostingDbContext db, CancellationToken cancellationToken);

    /// <summary>A start-up failure the user can fix, as one line naming the setting; null for anything else.</summary>
    Exception? Explain(Exception failure);

    /// <summary>Statements that start the id sequences of <paramref name="tables"/> again (a reset that restarts ids).</summary>
    IEnumerable<string> RestartIds(IReadOnlyList<string> tables);

    /// <summary>Statements that move the id sequences of <paramref name="tables"/> past rows inserted with their own ids.</summary>
    IEnumerable<string> FollowIds(IReadOnlyList<string> tables);

    /// <summary>A state document's value (long, double, string or null) as the column's type wants it.</summary>
    object? ToColumn(object? value, Type columnType);

    /// <summary>A value read from a column as a state document keeps it (the same for every store).</summary>
    object? FromColumn(object? value);
}
