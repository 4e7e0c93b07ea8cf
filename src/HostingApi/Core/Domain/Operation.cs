using HostingApi.Core.Errors;

namespace HostingApi.Core.Domain;

/// <summary>
/// One asynchronous job of an account, as Gandi shows it: created at <c>WAIT</c> in the same
/// transaction as its object's move to a transitional state, then advanced by the queue
/// (<c>WAIT -> RUN -> DONE</c>, or <c>ERROR</c>), or cancelled before it runs.
/// </summary>
public sealed class Operation
{
    private Operation()
    {
    }

    private Operation(int accountId, string type, DateTime now, DateTime? dueAt, int eta)
    {
        AccountId = accountId;
        Type = type;
        Step = OperationStep.Wait;
        DateCreated = now;
        DateUpdated = now;
        DueAt = dueAt;
        Eta = eta;
    }

    public int Id { get; private set; }

    public int AccountId { get; private set; }

    /// <summary>Gandi's operation type, e.g. <c>disk_create</c>, <c>vm_stop</c>.</summary>
    public string Type { get; private set; } = "";

    public OperationStep Step { get; private set; }

    public DateTime DateCreated { get; private set; }

    public DateTime DateUpdated { get; private set; }

    /// <summary>When it started to run; null while queued.</summary>
    public DateTime? DateStart { get; private set; }

    /// <summary>Seconds Gandi estimates it still needs.</summary>
    public int Eta { get; private set; }

    public string? LastError { get; private set; }

    public int? VmId { get; private set; }

    public int? DiskId { get; private set; }

    public int? IfaceId { get; private set; }

    public int? IpId { get; private set; }

    public List<NamedValue> Params { get; private set; } = [];

    /// <summary>When the queue takes the next step; null while held (see the operation policies).</summary>
    public DateTime? DueAt { get; private set; }

    /// <summary>Released from its policy's hold: from now on it takes each step as soon as it can.</summary>
    public bool Released { get; private set; }

    /// <summary>Under the <c>Polls</c> policy: how many more <c>operation.info</c> calls before it is released.</summary>
    public int? PollsLeft { get; private set; }

    /// <summary>A failure asked for through the control plane: the next step ends in ERROR with this text.</summary>
    public string? InjectedError { get; private set; }

    /// <summary>The server instance that took the last step (hostname:pid): with several instances on one database, who ran it.</summary>
    public string? InstanceId { get; private set; }

    public bool IsPending => Step is OperationStep.Bill or OperationStep.Wait or OperationStep.Run;

    /// <summary>A new operation at <c>WAIT</c>, due at <paramref name="dueAt"/> (null: held).</summary>
    public static Operation Queue(int accountId, string type, DateTime now, DateTime? dueAt, int eta,
        int? vmId = null, int? diskId = null, int? ifaceId = null, int? ipId = null) =>
        new(accountId, type, now, dueAt, eta) { VmId = vmId, DiskId = diskId, IfaceId = ifaceId, IpId = ipId };

    /// <summary>Links the operation to the object it creates, once that object has its id.</summary>
    public void Concern(int? vmId = null, int? diskId = null, int? ifaceId = null, int? ipId = null)
    {
        VmId = vmId ?? VmId;
        DiskId = diskId ?? DiskId;
        IfaceId = ifaceId ?? IfaceId;
        IpId = ipId ?? IpId;
    }

    public void SetParam(NamedValue value)
    {
        Params.RemoveAll(p => p.Name == value.Name);
        Params.Add(value);
    }

    /// <summary>Records which instance took the step being taken.</summary>
    public void SteppedBy(string instanceId) => InstanceId = instanceId;

    /// <summary><c>WAIT -> RUN</c>; the next step is due at <paramref name="nextDue"/> (null: held).</summary>
    public void Start(DateTime now, DateTime? nextDue)
    {
        Require("start", OperationStep.Bill, OperationStep.Wait);
        Step = OperationStep.Run;
        DateStart = now;
        DateUpdated = now;
        DueAt = nextDue;
    }

    /// <summary><c>RUN -> DONE</c>.</summary>
    public void Complete(DateTime now)
    {
        Require("complete", OperationStep.Run);
        Step = OperationStep.Done;
        Eta = 0;
        DateUpdated = now;
        DueAt = null;
    }

    /// <summary><c>WAIT|RUN -> ERROR</c>, saying why in <c>last_error</c>.</summary>
    public void Fail(DateTime now, string error)
    {
        Require("fail", OperationStep.Bill, OperationStep.Wait, OperationStep.Run);
        Step = OperationStep.Error;
        LastError = error;
        Eta = 0;
        DateUpdated = now;
        DueAt = null;
    }

    /// <summary><c>BILL|WAIT -> CANCEL</c> (operation.cancel); a running operation cannot be cancelled.</summary>
    public void Cancel(DateTime now)
    {
        if (Step is not (OperationStep.Bill or OperationStep.Wait))
        {
            throw new WrongStateError(ObjectKind.Operation, Id, WireName.Of(Step), "cancel");
        }

        Step = OperationStep.Cancel;
        Eta = 0;
        DateUpdated = now;
        DueAt = null;
    }

    /// <summary>Keeps the operation at its current step until released.</summary>
    public void Hold()
    {
        Require("hold", OperationStep.Bill, OperationStep.Wait, OperationStep.Run);
        Released = false;
        DueAt = null;
    }

    /// <summary>Lets a held operation go: it runs to its end now, whatever its type's policy.</summary>
    public void Release(DateTime now)
    {
        Require("release", OperationStep.Bill, OperationStep.Wait, OperationStep.Run);
        Released = true;
        DueAt = now;
    }

    /// <summary>Waits for <paramref name="polls"/> polls before it runs (the <c>Polls</c> policy).</summary>
    public void AwaitPolls(int polls) => PollsLeft = Math.Max(polls, 1);

    /// <summary>One <c>operation.info</c> of it: at the last awaited poll it is released and runs to its end.</summary>
    public void CountPoll(DateTime now)
    {
        if (PollsLeft is not > 0 || !IsPending)
        {
            return;
        }

        PollsLeft--;
        if (PollsLeft == 0 && DueAt is null)
        {
            Release(now);
        }
    }

    /// <summary>Makes the next step fail with <paramref name="error"/>, now.</summary>
    public void InjectFailure(string error, DateTime now)
    {
        Require("fail", OperationStep.Bill, OperationStep.Wait, OperationStep.Run);
        InjectedError = error;
        DueAt = now;
    }

    private void Require(string action, params OperationStep[] allowed) =>
        Transition.Require(ObjectKind.Operation, Id, Step, action, allowed);
}

[UpperCaseWireNames]
public enum OperationStep
{
    Bill,
    Wait,
    Run,
    Done,
    Error,
    Support,
    Cancel,
}
