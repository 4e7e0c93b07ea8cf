using HostingApi.Core.Domain;

namespace HostingApi.Storage.State;

/// <summary>
/// Which disks count in <c>DiskUsage</c> (the rule <c>QuotaCalculator</c> summed before the totals,
/// written once for both stores' triggers) and the statements that rebuild the totals from the sums.
/// </summary>
public static class DiskUsageTotals
{
    /// <summary>Whether the row <paramref name="row"/> (<c>NEW</c> or <c>OLD</c> in a trigger) counts: an account's data or system disk not in rollback.</summary>
    public static string Counts(string row) =>
        $"{row}.\"AccountId\" IS NOT NULL AND {row}.\"Type\" IN ('{WireName.Of(DiskType.Data)}', '{WireName.Of(DiskType.System)}') " +
        $"AND {row}.\"State\" <> '{WireName.Of(DiskState.Rollback)}'";

    /// <summary>The profile key of the row <paramref name="row"/>.</summary>
    public static string ProfileKey(string row) => $"coalesce({row}.\"SnapshotProfileId\", {DiskUsage.NoProfile})";

    /// <summary>
    /// Empties the totals and sums them again from <c>Disks</c> (after an import, a restore or a reset, under
    /// the write lock, in their transaction): whatever the rows that came in, the totals are their sums.
    /// </summary>
    public static IReadOnlyList<string> Rebuild() =>
    [
        "DELETE FROM \"DiskUsage\"",
        "INSERT INTO \"DiskUsage\" (\"AccountId\", \"ProfileKey\", \"SizeBytes\") " +
        $"SELECT d.\"AccountId\", {ProfileKey("d")}, sum(d.\"SizeBytes\") FROM \"Disks\" d WHERE {Counts("d")} " +
        $"GROUP BY d.\"AccountId\", {ProfileKey("d")}",
    ];
}
