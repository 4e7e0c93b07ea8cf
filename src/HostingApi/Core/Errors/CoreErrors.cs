namespace HostingApi.Core.Errors;

/// <summary>
/// A refusal the client is meant to see, in the core's neutral words: what object, what cause, what
/// value. Thrown by entities and services; each dialect maps every kind, in one table, to its own
/// wire form (Gandi: <c>GandiErrors.From</c>). The message is plain English for logs and for
/// dialects that have no better text.
/// </summary>
public abstract class CoreError(string message) : Exception(message);

/// <summary>An id that does not exist, or belongs to another account (the two answer alike).</summary>
public sealed class NotFoundError(ObjectKind obj, long id) : CoreError($"{obj} {id} does not exist")
{
    public ObjectKind Object { get; } = obj;

    public long Id { get; } = id;
}

/// <summary>A named thing (a kernel version) that does not exist.</summary>
public sealed class UnknownNameError(ObjectKind obj, string name) : CoreError($"unknown {obj} '{name}'")
{
    public ObjectKind Object { get; } = obj;

    public string Name { get; } = name;
}

/// <summary>A transition the object's current state does not allow.</summary>
public sealed class WrongStateError(ObjectKind obj, long id, string state, string action)
    : CoreError($"{obj} {id} is {state}: cannot {action}")
{
    public ObjectKind Object { get; } = obj;

    public long Id { get; } = id;

    /// <summary>The current state, as the core spells it (its snake_case name).</summary>
    public string State { get; } = state;

    public string Action { get; } = action;
}

/// <summary>An object with an operation still pending refuses another.</summary>
public sealed class BusyError(ObjectKind obj, long id, string pendingOperation)
    : CoreError($"{obj} {id} has a pending {pendingOperation} operation")
{
    public ObjectKind Object { get; } = obj;

    public long Id { get; } = id;

    public string PendingOperation { get; } = pendingOperation;
}

/// <summary>A step asked for out of its phase (finalizing a migration that waits for nothing).</summary>
public sealed class InvalidPhaseError(ObjectKind obj, long id, string phase) : CoreError($"{obj} {id} has no {phase} waiting")
{
    public ObjectKind Object { get; } = obj;

    public long Id { get; } = id;

    public string Phase { get; } = phase;
}

/// <summary>
/// An object in use: attached to <see cref="Holder"/> (a disk to a VM, an iface to a VM, a VLAN to
/// its ifaces), or, for a rollback, a disk whose snapshot's source is attached.
/// </summary>
public sealed class AttachedError(ObjectKind obj, long id, ObjectKind holder, long? holderId = null, long? snapshotId = null)
    : CoreError($"{obj} {id} is attached to {holder}{(holderId is { } h ? $" {h}" : "")}")
{
    public ObjectKind Object { get; } = obj;

    public long Id { get; } = id;

    public ObjectKind Holder { get; } = holder;

    public long? HolderId { get; } = holderId;

    /// <summary>Set when the refusal is about rolling back to this snapshot.</summary>
    public long? SnapshotId { get; } = snapshotId;
}

/// <summary>Detaching an object from a holder it is not attached to.</summary>
public sealed class NotAttachedError(ObjectKind obj, long id, ObjectKind holder, long holderId)
    : CoreError($"{obj} {id} is not attached to {holder} {holderId}")
{
    public ObjectKind Object { get; } = obj;

    public long Id { get; } = id;

    public ObjectKind Holder { get; } = holder;

    public long HolderId { get; } = holderId;
}

/// <summary>More than the account has left of a resource.</summary>
public sealed class QuotaExceededError(string resource, double requested, double available, string unit)
    : CoreError($"{resource} quota exceeded: {requested} {unit} requested, {available} {unit} available")
{
    /// <summary>servers, cores, memory, disk, ip or bandwidth.</summary>
    public string Resource { get; } = resource;

    public double Requested { get; } = requested;

    /// <summary>What is left (never below zero).</summary>
    public double Available { get; } = available;

    /// <summary>The unit both figures are in (empty for counts), e.g. <c>MB</c>.</summary>
    public string Unit { get; } = unit;
}

/// <summary>
/// An argument the core refuses: the object it is about, the field, and the rule it breaks (a
/// sentence that names the given value).
/// </summary>
public sealed class InvalidArgumentError(ObjectKind obj, string field, string rule, string? value = null) : CoreError(rule)
{
    public ObjectKind Object { get; } = obj;

    public string Field { get; } = field;

    public string Rule { get; } = rule;

    /// <summary>The refused value, where the dialect may echo it.</summary>
    public string? Value { get; } = value;
}

/// <summary>A required argument is missing.</summary>
public sealed class MissingArgumentError(string field, string place) : CoreError($"missing '{field}' in {place}")
{
    public string Field { get; } = field;

    /// <summary>The structure it belongs in, e.g. <c>disk_spec</c>.</summary>
    public string Place { get; } = place;
}

/// <summary>A value that must be unique (a VLAN name, a disk position) is taken.</summary>
public sealed class AlreadyExistsError(ObjectKind obj, string field, string value) : CoreError($"{obj} {field} '{value}' is taken")
{
    public ObjectKind Object { get; } = obj;

    public string Field { get; } = field;

    public string Value { get; } = value;
}

/// <summary>An update that changes nothing.</summary>
public sealed class NothingToChangeError(ObjectKind obj) : CoreError($"nothing to change on the {obj}")
{
    public ObjectKind Object { get; } = obj;
}

/// <summary>A size that may only grow was asked to shrink (sizes in bytes).</summary>
public sealed class CannotShrinkError(ObjectKind obj, long id, long sizeBytes, long requestedBytes)
    : CoreError($"{obj} {id} is {sizeBytes} bytes: it cannot shrink to {requestedBytes} bytes")
{
    public ObjectKind Object { get; } = obj;

    public long Id { get; } = id;

    public long SizeBytes { get; } = sizeBytes;

    public long RequestedBytes { get; } = requestedBytes;
}

/// <summary>Objects that must share a datacenter do not; <see cref="Object"/> is the one the call is about.</summary>
public sealed class DatacenterMismatchError(ObjectKind obj, string rule) : CoreError(rule)
{
    public ObjectKind Object { get; } = obj;

    public string Rule { get; } = rule;
}

/// <summary>A datacenter closed to new resources of this account.</summary>
public sealed class DatacenterClosedError(string dcCode) : CoreError($"datacenter {dcCode} is closed for new resources")
{
    public string DcCode { get; } = dcCode;
}

/// <summary>A migration between datacenters that cannot migrate to each other.</summary>
public sealed class CannotMigrateError(string from, string to) : CoreError($"cannot migrate from {from} to {to}")
{
    public string From { get; } = from;

    public string To { get; } = to;
}

/// <summary>Why a caller could not be identified.</summary>
public enum AuthenticationFailure
{
    UnknownApiKey,
    WrongPassword,
    UnknownSession,
    ExpiredSession,
}

/// <summary>A credential that identifies no account (never echoes a secret).</summary>
public sealed class AuthenticationError(AuthenticationFailure failure, string? login = null) : CoreError($"authentication failed: {failure}")
{
    public AuthenticationFailure Failure { get; } = failure;

    /// <summary>The login given, for a wrong password (never the password).</summary>
    public string? Login { get; } = login;
}
