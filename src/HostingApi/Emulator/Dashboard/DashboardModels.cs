using HostingApi.Core.Inspection;
using HostingApi.Core.Tenancy;

namespace HostingApi.Emulator.Dashboard;

// What each page is given to render: loaded before rendering (DashboardReads), so a component only
// lays out values and never reaches for a service.

/// <summary>What every page needs: where it lives, where an action returns to, the last action's notice.</summary>
public sealed record PageContext(string Return, string? Notice, double RefreshSeconds);

/// <summary>An account: <see cref="Counts"/> of the core's own kinds (the overview's columns), by kind key.</summary>
public sealed record AccountSummary(int Id, string Handle, string ApiKey, string Model, bool Configured, string Provider, IReadOnlyDictionary<string, int> Counts)
{
    /// <summary>The account as its provider's kinds are asked for it.</summary>
    public Tenant Tenant => new(Id, Handle, Provider);
}

public sealed record ClockView(bool Frozen, string Now, double OffsetSeconds);

public sealed record SnapshotView(string Name, string SavedAt, int Rows);

public sealed record OverviewModel(IReadOnlyList<AccountSummary> Accounts, ClockView Clock, IReadOnlyList<SnapshotView> Snapshots);

public sealed record KindRows(ObjectKindView Kind, IReadOnlyList<ObjectRow> Rows, int Total);

public sealed record AccountModel(AccountSummary Account, IReadOnlyList<KindRows> Objects);

public sealed record ObjectModel(AccountSummary Account, ObjectKindView Kind, ObjectRow Row, IReadOnlyList<OperationView> Operations);

/// <summary>An operation on the timeline: its steps' times (WAIT from created to started, RUN from started to updated).</summary>
public sealed record OperationView(
    int Id, int AccountId, string Account, string Type, string Step, DateTime Created, DateTime? Started, DateTime Updated,
    DateTime? DueAt, bool Pending, bool Held, int? PollsLeft, string? LastError, string Target);

public sealed record OperationsModel(IReadOnlyList<OperationView> Operations, int Total, int Pending);

public sealed record JournalQuery(string? Method, string? Account, string? Fault, string? TestId);

public sealed record JournalRow(
    long Seq, string Time, string Method, string Account, string Outcome, bool Failed, string Duration, string? TestId, string? FaultRule,
    string? Unmatched, IReadOnlyList<string> Suggestions);

public sealed record JournalModel(
    JournalQuery Query, string? Error, IReadOnlyList<AccountSummary> Accounts, IReadOnlyList<JournalRow> Calls, int Matched,
    IReadOnlyList<JournalRow> Unmatched, long Total, int Capacity, bool Enabled);

public sealed record JournalCallModel(JournalRow Row, string Parameters, string Result, IReadOnlyList<long> Operations);

public sealed record FaultRuleView(string Id, string Match, string Action, long? Times, long Fired, long Seen);

public sealed record PolicyView(string Scope, string Mode, double WaitSeconds, double RunSeconds, int Polls);

public sealed record FaultsModel(
    IReadOnlyList<FaultRuleView> Rules, IReadOnlyList<PolicyView> Policies, IReadOnlyList<AccountSummary> Accounts, IReadOnlyList<string> OperationTypes);
