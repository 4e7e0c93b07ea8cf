using HostingApi.Core.Calls;
using HostingApi.Core.Coordination;
using Npgsql;
using NpgsqlTypes;

namespace HostingApi.Storage.Postgres;

/// <summary>
/// The counting fault rules' counts in the table <c>FaultRuleCounters</c> (one row per rule, made by its
/// first counted call), so every instance counts the same calls: each count is one statement that moves
/// the row atomically (PostgreSQL locks the row for the update; no advisory lock is taken). It is not in
/// EF's model, so state documents and snapshots never hold it.
/// </summary>
public sealed class PostgresRuleCounters(NpgsqlDataSource data) : IRuleCounters, IResettable
{
    // A spent rule (times reached) matches no row to update, so it answers nothing and counts nothing.
    private static readonly string CountSql = $"""
        INSERT INTO "FaultRuleCounters" AS c ("RuleId", "Seen", "Fired")
        VALUES (@id, 1, CASE WHEN {Fires("1")} THEN 1 ELSE 0 END)
        ON CONFLICT ("RuleId") DO UPDATE
            SET "Seen" = c."Seen" + 1, "Fired" = c."Fired" + CASE WHEN {Fires("c.\"Seen\" + 1")} THEN 1 ELSE 0 END
            WHERE @times IS NULL OR c."Fired" < @times
        RETURNING "Seen", "Fired"
        """;

    private const string FireSql = """
        UPDATE "FaultRuleCounters" SET "Fired" = "Fired" + 1
        WHERE "RuleId" = @id AND (@times IS NULL OR "Fired" < @times)
        RETURNING "Fired"
        """;

    public async ValueTask<RuleCount?> CountAsync(string ruleId, RuleCounting counting, bool decide, CancellationToken cancellationToken)
    {
        await using var command = Command(CountSql, ruleId, counting.Times);
        var count = command.Parameters;
        count.Add(new NpgsqlParameter("nth", NpgsqlDbType.Bigint) { Value = (object?)counting.Nth ?? DBNull.Value });
        count.Add(new NpgsqlParameter("every", NpgsqlDbType.Bigint) { Value = (object?)counting.Every ?? DBNull.Value });
        count.Add(new NpgsqlParameter("decide", NpgsqlDbType.Boolean) { Value = decide });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new RuleCount(reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    public async ValueTask<bool> FireAsync(string ruleId, long? times, CancellationToken cancellationToken)
    {
        await using var command = Command(FireSql, ruleId, times);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, RuleCount>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var command = data.CreateCommand("""SELECT "RuleId", "Seen", "Fired" FROM "FaultRuleCounters" """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, RuleCount>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = new RuleCount(reader.GetInt64(1), reader.GetInt64(2));
        }

        return counts;
    }

    public async Task ForgetAsync(IReadOnlyList<string> ruleIds, CancellationToken cancellationToken)
    {
        if (ruleIds.Count == 0)
        {
            return;
        }

        await using var command = data.CreateCommand("""DELETE FROM "FaultRuleCounters" WHERE "RuleId" = ANY(@ids)""");
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = ruleIds.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary><c>POST /_emulator/reset</c>: every count goes, with the rules.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await using var command = data.CreateCommand("""DELETE FROM "FaultRuleCounters" """);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Whether the call counted as the seen-th fires the rule (times is the update's own condition).
    private static string Fires(string seen) =>
        $"@decide AND (@nth IS NULL OR ({seen}) = @nth) AND (@every IS NULL OR ({seen}) % @every = 0)";

    private NpgsqlCommand Command(string sql, string ruleId, long? times)
    {
        var command = data.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = ruleId });
        command.Parameters.Add(new NpgsqlParameter("times", NpgsqlDbType.Bigint) { Value = (object?)times ?? DBNull.Value });
        return command;
    }
}
