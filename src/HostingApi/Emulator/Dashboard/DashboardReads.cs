using System.Text.Json;
using HostingApi.Core.Calls;
using HostingApi.Core.Coordination;
using HostingApi.Core.Diagnostics;
using HostingApi.Core.Domain;
using HostingApi.Core.Inspection;
using HostingApi.Core.Operations;
using HostingApi.Core.Persistence;
using HostingApi.Core.Tenancy;
using HostingApi.Emulator.Faults;
using HostingApi.Emulator.Journal;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Emulator.Dashboard;

/// <summary>
/// The pages' data, read through the core's model and the control plane's own classes (the same the
/// JSON routes answer from), each table capped at <see cref="DashboardOptions.MaxRows"/> rows.
/// </summary>
public static class DashboardReads
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<List<AccountSummary>> AccountsAsync(HostingDbContext db, ConfiguredAccounts configured, CancellationToken ct)
    {
        var keys = configured.All.Select(a => a.ApiKey).ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<string, Dictionary<int, int>>();
        foreach (var kind in ObjectKinds.All)
        {
            counts[kind.Key] = await kind.CountAsync!(db, ct); // every core kind counts
        }

        return [.. (await db.Accounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct)).Select(a => new AccountSummary(
            a.Id, a.Handle, a.ApiKey, a.RatingEnabled ? "rating" : "shares", keys.Contains(a.ApiKey), a.Provider,
            ObjectKinds.All.ToDictionary(k => k.Key, k => counts[k.Key].GetValueOrDefault(a.Id))))];
    }

    public static ClockView Clock(VirtualClock clock) =>
        new(clock.IsFrozen, DashboardFormat.Instant(clock.GetUtcNow()), Math.Round(clock.Offset.TotalSeconds, 1) + 0.0);

    public static List<SnapshotView> SnapshotList(Snapshots snapshots) =>
        [.. snapshots.All.Select(s => new SnapshotView(s.Name, DashboardFormat.Time(s.Snapshot.SavedAt), s.Snapshot.Rows))];

    /// <summary>An account's objects, of the kinds its provider shows (<see cref="ObjectKinds.For"/>).</summary>
    public static async Task<AccountModel?> AccountAsync(
        int id, HostingDbContext db, ConfiguredAccounts configured, IEnumerable<IAccountObjectKind> registered, int maxRows, CancellationToken ct)
    {
        var account = (await AccountsAsync(db, configured, ct)).FirstOrDefault(a => a.Id == id);
        if (account is null)
        {
            return null;
        }

        var objects = new List<KindRows>();
        foreach (var kind in ObjectKinds.For(account.Provider, registered))
        {
            var (rows, total) = await kind.LoadAsync(db, account.Tenant, null, maxRows, ct);
            objects.Add(new(kind, rows, total));
        }

        return new(account, objects);
    }

    /// <summary>One object of one of the kinds the account's provider shows, with the operations that named it.</summary>
    public static async Task<ObjectModel?> ObjectAsync(
        int accountId, string kindKey, int id, HostingDbContext db, ConfiguredAccounts configured, IEnumerable<IAccountObjectKind> registered, int maxRows, CancellationToken ct)
    {
        var account = (await AccountsAsync(db, configured, ct)).FirstOrDefault(a => a.Id == accountId);
        if (account is null || ObjectKinds.For(account.Provider, registered).FirstOrDefault(k => k.Key == kindKey) is not { } kind
            || (await kind.LoadAsync(db, account.Tenant, id, 1, ct)).Rows.FirstOrDefault() is not { } row)
        {
            return null;
        }

        var operations = kind.OperationsOf is null
            ? []
            : await OperationsAsync(db, kind.OperationsOf(db.Operations.Where(o => o.AccountId == accountId), id), maxRows, ct);
        return new(account, kind, row, operations);
    }

    public static async Task<OperationsModel> OperationsAsync(HostingDbContext db, int maxRows, CancellationToken ct) => new(
        await OperationsAsync(db, db.Operations, maxRows, ct),
        await db.Operations.CountAsync(ct),
        await db.Operations.CountAsync(o => o.Step == OperationStep.Bill || o.Step == OperationStep.Wait || o.Step == OperationStep.Run, ct));

    // The latest first: a timeline is read from what just happened.
    private static async Task<List<OperationView>> OperationsAsync(HostingDbContext db, IQueryable<Operation> query, int maxRows, CancellationToken ct)
    {
        var handles = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Handle, ct);
        var page = await query.AsNoTracking().OrderByDescending(o => o.Id).Take(maxRows).ToListAsync(ct);
        return [.. page.Select(o => new OperationView(
            o.Id, o.AccountId, handles.GetValueOrDefault(o.AccountId) ?? "", o.Type, WireName.Of(o.Step), o.DateCreated, o.DateStart, o.DateUpdated,
            o.DueAt, o.IsPending, o.IsPending && o.DueAt is null, o.PollsLeft, o.LastError, Target(o)))];
    }

    private static string Target(Operation o) => string.Join(", ", new[]
    {
        o.VmId is { } vm ? $"vm {vm}" : null,
        o.DiskId is { } disk ? $"disk {disk}" : null,
        o.IfaceId is { } iface ? $"iface {iface}" : null,
        o.IpId is { } ip ? $"ip {ip}" : null,
    }.OfType<string>());

    public static JournalModel Journal(JournalQuery query, IQueryCollection filterQuery, RequestJournal journal, IReadOnlyList<AccountSummary> accounts, int maxRows)
    {
        var (filter, error) = JournalFilter.Parse(filterQuery);
        var handles = HandlesByTag(accounts);
        var matching = filter is null ? [] : journal.Calls.Snapshot().Where(e => filter.Matches(e.Record)).ToList();
        var unmatched = journal.Unmatched.Snapshot();
        return new(
            query, error, accounts,
            [.. matching.AsEnumerable().Reverse().Take(maxRows).Select(e => Row(e.Sequence, e.Record, handles))],
            matching.Count,
            [.. unmatched.AsEnumerable().Reverse().Take(maxRows).Select(e => Row(e.Sequence, e.Record, handles))],
            journal.Calls.Added, journal.Calls.Capacity, journal.IsEnabled);
    }

    public static JournalCallModel? Call(long seq, RequestJournal journal, IReadOnlyList<AccountSummary> accounts)
    {
        if (journal.Calls.Snapshot().Where(e => e.Sequence == seq).Select(e => e.Record).FirstOrDefault() is not { } record)
        {
            return null;
        }

        var entry = JournalEntryJson.Of(seq, record);
        return new(
            Row(seq, record, HandlesByTag(accounts)),
            JsonSerializer.Serialize(entry["params"], Indented),
            JsonSerializer.Serialize(entry["fault"] ?? entry["result"], Indented),
            record.FaultCode is null ? record.Values?.OperationIds() ?? [] : []);
    }

    // The journal holds a key's tag, never the key: the accounts' tags name them back.
    private static Dictionary<string, string> HandlesByTag(IReadOnlyList<AccountSummary> accounts) =>
        accounts.GroupBy(a => SecretTag.Of(a.ApiKey), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Handle, StringComparer.Ordinal);

    private static JournalRow Row(long seq, CallRecord r, Dictionary<string, string> handles)
    {
        var outcome = r.FaultCode is { } code ? $"fault {code}: {r.FaultString}"
            : r.HttpStatus is { } status ? $"HTTP {status}"
            : r.FaultAction is "drop" or "truncate" ? r.FaultAction
            : "ok";
        return new(
            seq, DashboardFormat.Instant(r.Time), r.Method ?? "(unreadable)", r.Account is { } tag ? handles.GetValueOrDefault(tag, tag) : "",
            outcome, outcome != "ok", DashboardFormat.Duration(r.DurationMs), r.TestId, r.FaultRule,
            r.Unmatched is { } u ? $"{u.Kind}: {u.Message}" : null, r.Unmatched?.Suggestions ?? []);
    }

    public static FaultsModel Faults(IReadOnlyList<(FaultRule Rule, RuleCount Count)> rules, OperationPolicies policies, IReadOnlyList<AccountSummary> accounts)
    {
        var current = policies.Current;
        return new(
            [.. rules.Select(r => new FaultRuleView(r.Rule.Id, r.Rule.MatchJson.GetRawText(), r.Rule.ActionJson.GetRawText(), r.Rule.Times, r.Count.Fired, r.Count.Seen))],
            [Policy("default", current.Default), .. current.Types.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => Policy(t.Key, t.Value))],
            accounts,
            [.. OperationTypes.All.Order(StringComparer.Ordinal)]);
    }

    private static PolicyView Policy(string scope, OperationPolicy p) => new(scope, p.Mode.ToString(), p.WaitSeconds, p.RunSeconds, p.Polls);
}
