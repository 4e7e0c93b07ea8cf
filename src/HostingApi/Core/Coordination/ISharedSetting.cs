namespace HostingApi.Core.Coordination;

/// <summary>
/// Control-plane state every instance on one database must agree on (the virtual clock, the operation
/// policies, the fault rules): kept in memory, where the hot path reads it, and held in the database as
/// one JSON document under <see cref="Key"/> (<see cref="SharedSettings"/>), so a change made through one
/// instance is loaded by the others with the rest of their refresh.
/// </summary>
public interface ISharedSetting
{
    string Key { get; }

    /// <summary>This process's value as the document to store; null when it is as configured (no row).</summary>
    string? Save();

    /// <summary>Takes a stored document (another instance's change); null puts the configured value back.</summary>
    void Load(string? document);
}
