using System.Globalization;
using HostingApi.Core.Errors;

namespace HostingApi.Dialects.CloudSigma.Errors;

/// <summary>
/// The one table from the core's neutral errors to CloudSigma's (status, error_type, message,
/// error_point). CloudSigma documents the types and statuses, not the texts: the texts are ours
/// (docs/cloudsigma.md), in the style of the one recorded (<c>Cannot start guest in state "started"</c>).
/// </summary>
public static class CloudSigmaErrors
{
    public static CloudSigmaError From(CoreError error) => error switch
    {
        NotFoundError e => new(404, "notexist", $"{Noun(e.Object)} does not exist"),
        UnknownNameError e => CloudSigmaError.Validation($"Unknown {Noun(e.Object)} '{e.Name}'"),
        WrongStateError e => CloudSigmaError.Permission($"Cannot {e.Action} {Noun(e.Object)} in state \"{e.State}\""),
        BusyError e => new(503, "concurrency", $"The {Noun(e.Object)} is busy with a {e.PendingOperation} operation"),
        InvalidPhaseError e => CloudSigmaError.Permission($"The {Noun(e.Object)} has no {e.Phase} waiting"),
        AttachedError e => CloudSigmaError.Permission($"The {Noun(e.Object)} is in use by a {Noun(e.Holder)}"),
        NotAttachedError e => CloudSigmaError.Validation($"The {Noun(e.Object)} is not attached to this {Noun(e.Holder)}"),
        QuotaExceededError e => new(402, "billing",
            $"Not enough {e.Resource} left: {Figure(e.Requested)} {e.Unit} requested, {Figure(e.Available)} {e.Unit} available".Replace("  ", " ", StringComparison.Ordinal)),
        InvalidArgumentError e => CloudSigmaError.Validation(e.Rule, e.Field),
        MissingArgumentError e => CloudSigmaError.Required(e.Field),
        AlreadyExistsError e => CloudSigmaError.Validation($"{e.Field} '{e.Value}' is already taken", e.Field),
        NothingToChangeError => CloudSigmaError.Validation("Nothing to change"),
        CannotShrinkError e => CloudSigmaError.Validation($"Size can only grow: the drive is {e.SizeBytes} bytes, {e.RequestedBytes} asked", "size"),
        DatacenterMismatchError e => CloudSigmaError.Permission(e.Rule),
        DatacenterClosedError => CloudSigmaError.Permission("This location accepts no new resources"),
        CannotMigrateError e => CloudSigmaError.Permission($"Cannot move from {e.From} to {e.To}"),
        AuthenticationError => new(401, "permission", "Authentication failed"),
        _ => throw new InvalidOperationException($"CloudSigmaErrors has no entry for {error.GetType().Name}"),
    };

    private static string Noun(ObjectKind kind) => kind switch
    {
        ObjectKind.Disk or ObjectKind.Snapshot => "drive",
        ObjectKind.Vm => "server",
        ObjectKind.Image => "library drive",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Figure(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
