using HostingApi.Core.Coordination;
using Microsoft.Extensions.Options;

namespace HostingApi.Emulator;

/// <summary>
/// <c>POST /_emulator/reset</c>: everything back to the configured start — the catalog and the
/// configured accounts and nothing else, fault rules, operation rules and the journal cleared,
/// policies and clock as configured — in one transaction under the write lock. Saved snapshots stay.
/// Ids are not reused, except in deterministic mode, where the id ranges start again.
/// </summary>
public sealed class ControlPlaneReset(IStateStore store, IEnumerable<IResettable> resettables, ProcessState processState, IOptions<EmulatorOptions> options)
{
    public async Task ResetAsync(CancellationToken ct)
    {
        // The clock first: the seed's dates are read from it.
        foreach (var part in resettables)
        {
            await part.ResetAsync(ct);
        }

        await store.ResetAsync(restartIds: options.Value.Deterministic, ct);

        await processState.RefreshAsync(ct);
    }

    /// <summary>Replaces the state (a restore, an import) and brings the process's memory in line.</summary>
    public async Task ReplaceAsync(StateDocument state, CancellationToken ct)
    {
        await store.ImportAsync(state, ct);
        await processState.RefreshAsync(ct);
    }
}
