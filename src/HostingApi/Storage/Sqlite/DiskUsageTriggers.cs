using HostingApi.Storage.State;

namespace HostingApi.Storage.Sqlite;

/// <summary>
/// SQLite's triggers that keep <c>DiskUsage</c>: each change to a disk (an insert, a delete, an update of
/// what decides whether and how much it counts) moves its account's total in the same statement, so the
/// totals are exact whoever writes the disk (EF, a bulk delete, an import). Created with the schema.
/// </summary>
public static class DiskUsageTriggers
{
    private const string Upsert = "ON CONFLICT (\"AccountId\", \"ProfileKey\") DO UPDATE SET \"SizeBytes\" = \"SizeBytes\" + excluded.\"SizeBytes\"";

    private static string Add(string row) =>
        $"INSERT INTO \"DiskUsage\" (\"AccountId\", \"ProfileKey\", \"SizeBytes\") SELECT {row}.\"AccountId\", {DiskUsageTotals.ProfileKey(row)}, {row}.\"SizeBytes\" " +
        $"WHERE {DiskUsageTotals.Counts(row)} {Upsert};";

    private static string Remove(string row) =>
        $"UPDATE \"DiskUsage\" SET \"SizeBytes\" = \"SizeBytes\" - {row}.\"SizeBytes\" " +
        $"WHERE {DiskUsageTotals.Counts(row)} AND \"AccountId\" = {row}.\"AccountId\" AND \"ProfileKey\" = {DiskUsageTotals.ProfileKey(row)};";

    public static string Script() => $"""
        CREATE TRIGGER "Disks_Usage_Insert" AFTER INSERT ON "Disks" BEGIN {Add("NEW")} END;
        CREATE TRIGGER "Disks_Usage_Delete" AFTER DELETE ON "Disks" BEGIN {Remove("OLD")} END;
        CREATE TRIGGER "Disks_Usage_Update" AFTER UPDATE OF "AccountId", "Type", "State", "SizeBytes", "SnapshotProfileId" ON "Disks"
        BEGIN {Remove("OLD")} {Add("NEW")} END;
        """;
}
