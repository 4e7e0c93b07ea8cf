namespace HostingApi.Core.Coordination;

/// <summary>
/// The whole state as data, for the control plane's reset, snapshots, export and import. Filled by
/// the store (it knows the tables and the seed); each call holds the write lock and is one
/// transaction, so a call in flight never sees half a state. Ids are never reused: a store keeps its
/// id sequences where they are across a reset or an import.
/// </summary>
public interface IStateStore
{
    Task<StateDocument> ExportAsync(CancellationToken cancellationToken);

    /// <summary>Replaces everything with <paramref name="state"/>.</summary>
    Task ImportAsync(StateDocument state, CancellationToken cancellationToken);

    /// <summary>Back to the configured start: the catalog and the configured accounts, nothing else.</summary>
    Task ResetAsync(bool restartIds, CancellationToken cancellationToken);
}

/// <summary>
/// Every table's rows, column by column, as plain values (numbers, text, null): readable JSON, and
/// the same for every store. <see cref="SchemaVersion"/> says which schema the rows are of.
/// </summary>
public sealed record StateDocument(int SchemaVersion, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Tables);
