using HostingApi.Core.Coordination;

namespace HostingApi.Core.Operations;

/// <summary>
/// How fast operations of a type progress; configuration section <c>Operations</c>:
/// <c>Operations:Default</c> and <c>Operations:Types:{type}</c> (e.g. <c>Operations:Types:vm_create:Mode=Held</c>).
/// </summary>
public sealed class OperationPolicy
{
    /// <summary>
    /// <c>Instant</c> (default): done by the time the client first looks (no real waiting: libcloud polls
    /// every 20 s). <c>Timed</c>: WAIT for <see cref="WaitSeconds"/>, RUN for <see cref="RunSeconds"/>.
    /// <c>Held</c>: stays at WAIT until released through <c>POST /_emulator/operations/{id}/release</c>.
    /// <c>Polls</c>: DONE at the client's <see cref="Polls"/>th <c>operation.info</c> of it, not before.
    /// </summary>
    public OperationMode Mode { get; set; } = OperationMode.Instant;

    public double WaitSeconds { get; set; } = 1;

    public double RunSeconds { get; set; } = 10;

    /// <summary>With <c>Polls</c>: at which poll the operation is DONE (1: the first, as Instant).</summary>
    public int Polls { get; set; } = 1;

    public DateTime? FirstDue(DateTime now) => Mode switch
    {
        OperationMode.Instant => now,
        OperationMode.Timed => now.AddSeconds(WaitSeconds),
        _ => null,
    };

    public DateTime? RunDue(DateTime now) => Mode switch
    {
        OperationMode.Instant or OperationMode.Polls => now,
        OperationMode.Timed => now.AddSeconds(RunSeconds),
        _ => null,
    };

    /// <summary>The <c>eta</c> shown at creation.</summary>
    public int Eta => Mode == OperationMode.Timed ? (int)Math.Ceiling(WaitSeconds + RunSeconds) : 0;
}

public enum OperationMode
{
    Instant,
    Timed,
    Held,
    Polls,
}

public sealed class OperationQueueOptions
{
    public const string Section = "Operations";

    public OperationPolicy Default { get; set; } = new();

    public Dictionary<string, OperationPolicy> Types { get; set; } = [];

    public OperationPolicy For(string type) => Types.TryGetValue(type, out var policy) ? policy : Default;

    /// <summary>
    /// Whether operations of <paramref name="type"/> are Instant: finished only by a read of their
    /// account, never by the background processor (docs/operations.md, "When an operation's effects show").
    /// </summary>
    public bool IsInstant(string type) => For(type).Mode == OperationMode.Instant;

    /// <summary>The types whose operations are Instant (<see cref="IsInstant"/>).</summary>
    public string[] InstantTypes() => [.. OperationTypes.All.Where(IsInstant).Order(StringComparer.Ordinal)];

    /// <summary>The default policy and every per-type one.</summary>
    public IEnumerable<OperationPolicy> All() => Types.Values.Prepend(Default);
}

/// <summary>
/// The policies in effect: the configured ones until the control plane replaces them
/// (<c>PUT /_emulator/policies</c>); a reset puts the configured ones back. Shared by the instances on
/// one database (<see cref="ISharedSetting"/>): a replacement is stored as <see cref="PolicyDocument"/>.
/// </summary>
public sealed class OperationPolicies(OperationQueueOptions configured, OperationSchedule schedule) : ISharedSetting
{
    private volatile OperationQueueOptions? _replaced;

    public OperationQueueOptions Current => _replaced ?? configured;

    public OperationPolicy For(string type) => Current.For(type);

    /// <inheritdoc cref="OperationQueueOptions.IsInstant"/>
    public bool IsInstant(string type) => Current.IsInstant(type);

    /// <inheritdoc cref="OperationQueueOptions.InstantTypes"/>
    public string[] InstantTypes() => Current.InstantTypes();

    /// <summary>Replaces the whole document; operations already queued keep the due time they got.</summary>
    public void Replace(OperationQueueOptions policies)
    {
        _replaced = policies;
        schedule.Wake();
    }

    public string Key => "policies";

    public string? Save() => _replaced is { } replaced ? PolicyDocument.Write(replaced) : null;

    public void Load(string? document)
    {
        _replaced = document is null ? null : PolicyDocument.Read(document);
        schedule.Wake();
    }
}
