using System.Globalization;
using HostingApi.Core.Errors;
using HostingApi.Dialects.Gandi.Wire;

namespace HostingApi.Dialects.Gandi.Faults;

/// <summary>
/// The one table from the core's neutral errors to Gandi's faults: each kind of <see cref="CoreError"/>
/// becomes the code and text <see cref="Errors"/> defines for it (the same codes and texts the
/// server sent when the core threw Gandi faults itself; the tests hold them).
/// </summary>
public static class GandiErrors
{
    public static GandiError From(CoreError error) => error switch
    {
        NotFoundError e => Errors.NotFound(FaultObjectOf(e.Object), NotFoundLabel(e.Object), e.Id),
        UnknownNameError { Object: ObjectKind.Kernel } e => Errors.UnknownKernel(e.Name),
        WrongStateError { Object: ObjectKind.Operation, Action: "cancel" } e => Errors.OperationNotCancellable(e.Id, e.State),
        WrongStateError e => Errors.WrongState(FaultObjectOf(e.Object), StateLabel(e.Object), e.Id, e.State, e.Action),
        BusyError e => Errors.VmBusy(e.Id, e.PendingOperation),
        InvalidPhaseError e => Errors.NoMigrationToFinalize(e.Id),
        AttachedError { SnapshotId: { } snapshotId } e => Errors.DiskAttached($"disk#{e.Id} associated with snapshot#{snapshotId} is attached"),
        AttachedError { Object: ObjectKind.Disk } e => Errors.DiskAttached($"disk#{e.Id} is attached to vm#{e.HolderId}"),
        AttachedError { Object: ObjectKind.Iface } e => Errors.IfaceAttached(e.Id, e.HolderId ?? 0),
        AttachedError { Object: ObjectKind.Vlan } e => Errors.VlanInUse(e.Id),
        NotAttachedError e => Errors.NotAttached(FaultObjectOf(e.Object), $"{StateLabel(e.Object)}#{e.Id} is not attached to {StateLabel(e.Holder)}#{e.HolderId}"),
        QuotaExceededError { Resource: "disk" } e => Errors.QuotaReached(e.Resource, $"{GandiDiskSize.Megabytes(e.Requested)} MB", $"{GandiDiskSize.Megabytes(e.Available)} MB"),
        QuotaExceededError e => Errors.QuotaReached(e.Resource, Figure(e.Requested, RequestedUnit(e)), Figure(e.Available, AvailableUnit(e))),
        InvalidArgumentError { Object: ObjectKind.Product } e => Errors.BadProduct(e.Rule, e.Field, e.Value ?? ""),
        InvalidArgumentError e => Errors.Data(FaultObjectOf(e.Object), InvalidCause(e), e.Rule),
        MissingArgumentError e => Errors.MissingStructKey(e.Field, e.Place),
        AlreadyExistsError { Object: ObjectKind.Vlan } e => Errors.VlanNameTaken(e.Value),
        AlreadyExistsError e => Errors.DiskPositionTaken(int.Parse(e.Value, CultureInfo.InvariantCulture)),
        NothingToChangeError e => Errors.NothingToUpdate(FaultObjectOf(e.Object)),
        CannotShrinkError e => Errors.DiskCannotShrink(e.Id, GandiDiskSize.Megabytes(e.SizeBytes), GandiDiskSize.Megabytes(e.RequestedBytes)),
        DatacenterMismatchError { Object: ObjectKind.Iface } e => Errors.IfaceDatacenter(e.Rule),
        DatacenterMismatchError e => Errors.DifferentDatacenter(e.Rule),
        DatacenterClosedError e => Errors.DatacenterClosed(e.DcCode),
        CannotMigrateError e => Errors.CannotMigrate(e.From, e.To),
        AuthenticationError { Failure: AuthenticationFailure.UnknownApiKey } => Errors.InvalidApiKey(),
        AuthenticationError { Failure: AuthenticationFailure.WrongPassword } e => Errors.WrongPassword(e.Login ?? ""),
        AuthenticationError { Failure: AuthenticationFailure.ExpiredSession } => Errors.ExpiredSession(),
        AuthenticationError => Errors.UnknownSession(),
        _ => throw new InvalidOperationException($"No Gandi fault for {error.GetType().Name}: add it to GandiErrors."),
    };

    /// <summary>Gandi's object code for a core object.</summary>
    public static FaultObject FaultObjectOf(ObjectKind kind) => kind switch
    {
        ObjectKind.Account => FaultObject.Account,
        ObjectKind.Session => FaultObject.Session,
        ObjectKind.Operation => FaultObject.Operation,
        ObjectKind.Datacenter => FaultObject.Datacenter,
        ObjectKind.Image => FaultObject.Image,
        ObjectKind.Kernel or ObjectKind.Disk => FaultObject.Disk,
        ObjectKind.SnapshotProfile => FaultObject.SnapshotProfile,
        ObjectKind.Snapshot => FaultObject.Snapshot,
        ObjectKind.Vm => FaultObject.Vm,
        ObjectKind.Iface => FaultObject.Iface,
        ObjectKind.Ip => FaultObject.Ip,
        ObjectKind.Vlan => FaultObject.Vlan,
        ObjectKind.SshKey => FaultObject.Key,
        ObjectKind.Product => FaultObject.HostingProduct,
        ObjectKind.Listing => FaultObject.Struct,
        _ => FaultObject.Unknown,
    };

    // The not-found text names the object as "Disk '12' doesn't exist." (modelled on an observed text).
    private static string NotFoundLabel(ObjectKind kind) => kind switch
    {
        ObjectKind.SnapshotProfile => "Snapshot profile",
        ObjectKind.SshKey => "SSH key",
        ObjectKind.Product => "Product",
        var other => other.ToString(),
    };

    // State and attachment texts name the object in lower case: "vm 12 is running: cannot delete".
    private static string StateLabel(ObjectKind kind) => kind.ToString().ToLowerInvariant();

    // The cause an invalid argument gets, by what it is about.
    private static FaultCause InvalidCause(InvalidArgumentError e) => (e.Object, e.Field) switch
    {
        (ObjectKind.Disk, "size") => FaultCause.Size,
        (ObjectKind.Disk, "type") => FaultCause.Type,
        (ObjectKind.SshKey, _) or (ObjectKind.Listing, _) => FaultCause.BadParameter,
        _ => FaultCause.Value,
    };

    private static string RequestedUnit(QuotaExceededError e) => e.Resource == "ip" ? " IPv4" : AvailableUnit(e);

    private static string AvailableUnit(QuotaExceededError e) => e.Unit is "" || e.Resource == "ip" ? "" : " " + e.Unit;

    private static string Figure(double value, string unit) => $"{value}{unit}";
}
