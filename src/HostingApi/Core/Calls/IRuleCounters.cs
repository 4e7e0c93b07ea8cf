namespace HostingApi.Core.Calls;

/// <summary>
/// The counts of the fault rules that count calls (<c>nth</c>, <c>every</c>, <c>times</c>), held where
/// every instance on one database takes them: registered only by a store shared by instances
/// (PostgreSQL). Without it each rule counts in its own memory, which is exact for one process. Each
/// count is taken atomically by the store, without the write lock, so two instances never take the same.
/// </summary>
public interface IRuleCounters
{
    /// <summary>
    /// Counts one call that <paramref name="ruleId"/>'s conditions selected and, with <paramref name="decide"/>,
    /// fires it when <paramref name="counting"/> says so, in the same step: answers the counts after it, or
    /// null when the rule was already spent (<c>times</c> reached; then nothing is counted).
    /// </summary>
    ValueTask<RuleCount?> CountAsync(string ruleId, RuleCounting counting, bool decide, CancellationToken cancellationToken);

    /// <summary>Fires the rule once more unless that would pass <paramref name="times"/>; whether it fired.</summary>
    ValueTask<bool> FireAsync(string ruleId, long? times, CancellationToken cancellationToken);

    /// <summary>Every rule's counts, for the listing.</summary>
    Task<IReadOnlyDictionary<string, RuleCount>> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Forgets the counts of the rules with these ids (removed rules).</summary>
    Task ForgetAsync(IReadOnlyList<string> ruleIds, CancellationToken cancellationToken);
}
