using HostingApi.Core.Errors;

namespace HostingApi.Dialects.Gigas.Errors;

/// <summary>
/// The one table from the core's neutral errors to Gigas answers: an HTTP status and a text naming the
/// problem. Gigas documents no error codes or texts (rest-dialects.md §2.4), so these are chosen
/// (docs/gigas.md): 404 for what the account cannot see, 409 for a state or a busy (locked) object,
/// 422 for a value the rules refuse, 403 for a quota, 401 for a credential.
/// </summary>
public static class GigasErrors
{
    public static GigasError From(CoreError error) => error switch
    {
        NotFoundError { Object: ObjectKind.Operation } => new(404, "Transaction not found"),
        NotFoundError e => new(404, $"{Name(e.Object)} {e.Id} not found"),
        UnknownNameError e => new(404, $"{Name(e.Object)} '{e.Name}' not found"),
        WrongStateError e => new(409, $"{Name(e.Object)} {e.Id} is {e.State}: cannot {e.Action}"),
        BusyError e => new(409, $"{Name(e.Object)} {e.Id} is locked: a {e.PendingOperation} job is running"),
        InvalidPhaseError e => new(409, $"{Name(e.Object)} {e.Id} has no {e.Phase} waiting"),
        AttachedError e => new(409, $"{Name(e.Object)} {e.Id} is attached to {Name(e.Holder)}{(e.HolderId is { } h ? $" {h}" : "")}"),
        NotAttachedError e => new(409, $"{Name(e.Object)} {e.Id} is not attached to {Name(e.Holder)} {e.HolderId}"),
        AlreadyExistsError e => new(409, $"{Name(e.Object)} {e.Field} '{e.Value}' is taken"),
        DatacenterClosedError e => new(409, $"location {e.DcCode} takes no new resources"),
        CannotMigrateError e => new(409, $"cannot move from {e.From} to {e.To}"),
        QuotaExceededError { Resource: "disk" } e => new(403, $"disk quota exceeded: {Gb(e.Requested)} GB requested, {Gb(e.Available)} GB available"),
        QuotaExceededError e => new(403, $"{e.Resource} quota exceeded: {e.Requested} {e.Unit} requested, {e.Available} {e.Unit} available".Replace("  ", " ", StringComparison.Ordinal)),
        CannotShrinkError e => new(422, $"disk_size: disk {e.Id} is {Gb(e.SizeBytes)} GB and cannot shrink to {Gb(e.RequestedBytes)} GB"),
        InvalidArgumentError e => new(422, $"{e.Field}: {e.Rule}"),
        MissingArgumentError e => new(422, $"{e.Field} is required"),
        NothingToChangeError => new(422, "nothing to change"),
        DatacenterMismatchError e => new(422, e.Rule),
        AuthenticationError => new(401, "invalid credentials"),
        _ => throw new InvalidOperationException($"No Gigas answer for {error.GetType().Name}: add it to GigasErrors."),
    };

    // The object as a Gigas user calls it.
    private static string Name(ObjectKind kind) => kind switch
    {
        ObjectKind.Vm => "virtual machine",
        ObjectKind.Operation => "transaction",
        ObjectKind.Datacenter => "location",
        ObjectKind.Image => "template",
        var other => other.ToString().ToLowerInvariant(),
    };

    private static string Gb(double bytes) => Math.Ceiling(bytes / Wire.GigasSize.BytesPerGb).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
