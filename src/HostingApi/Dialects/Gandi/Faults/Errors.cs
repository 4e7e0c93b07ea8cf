namespace HostingApi.Dialects.Gandi.Faults;

/// <summary>
/// Every fault this server sends, protocol and domain alike, in one place, so the wire contract reads
/// as a list. Thrown as <see cref="GandiError"/> from anywhere (binding, services, entities); the
/// XML-RPC layer puts it on the wire unchanged.
/// Gandi's scheme: <c>faultCode = qualification * 100000 + object * 100 + cause</c> and
/// <c>faultString = "Error on object : OBJECT_X (CAUSE_Y) [details]"</c> (note the space before the colon).
/// Codes observed on the real service are marked "observed"; the others are composed with the
/// formula (see docs/faults.md for the reasoning behind each choice).
/// </summary>
public static class Errors
{
    /// <summary>Qualification 1: the server failed.</summary>
    public const int ServerQualification = 1;

    /// <summary>Qualification 5: the request (data) is at fault.</summary>
    public const int DataQualification = 5;

    /// <summary>The one code outside the scheme: an unknown method (observed).</summary>
    public const int UnknownMethodCode = 1;

    /// <summary>Composes a data fault of Gandi's scheme.</summary>
    public static GandiError Data(FaultObject objectCode, FaultCause cause, string details) =>
        Compose(DataQualification, (int)objectCode, ObjectName(objectCode), (int)cause, CauseName(cause), details);

    /// <summary>The most characters of a client's value a fault repeats; the rest is elided with its length.</summary>
    public const int MaxEcho = 100;

    /// <summary>The most characters of details a fault carries (a backstop: every echoed value is clipped already).</summary>
    public const int MaxDetails = 2000;

    /// <summary>A value from the wire as a fault repeats it: at most <see cref="MaxEcho"/> characters.</summary>
    public static string Echo(string value) =>
        value.Length <= MaxEcho ? value : $"{value.AsSpan(0, MaxEcho)}... ({value.Length} characters)";

    /// <summary>An unknown method: code 1 (observed), text as a Gandi gem's test quotes it.</summary>
    public static GandiError UnknownMethod(string name) => new(UnknownMethodCode, $"Method \"{Echo(name)}\" is not supported");

    /// <summary>The body is not a well-formed XML-RPC methodCall (our choice: 500020).</summary>
    public static GandiError MalformedRequest(string reason) =>
        Data(FaultObject.Unknown, FaultCause.Syntax, $"malformed XML-RPC request: {reason}");

    /// <summary>A well-formed but unknown API key: 510150 (observed code and text).</summary>
    public static GandiError InvalidApiKey() => Data(FaultObject.Account, FaultCause.NoRight, "Invalid API key");

    /// <summary>An API key that is not 24 alphanumerics: 501237 (text observed, code composed).</summary>
    public static GandiError MalformedApiKey(string key) =>
        Data(FaultObject.String, FaultCause.BadParameter, $"string '{Echo(key)}' does not match '^[a-z0-9]{{24}}$'");

    /// <summary>Too few or too many positional arguments: 501637.</summary>
    public static GandiError WrongArity(string signature, int given, int min, int max) =>
        Data(FaultObject.Method, FaultCause.BadParameter,
            $"{signature} takes {(min == max ? $"{min}" : $"{min} to {max}")} argument{(max == 1 ? string.Empty : "s")}, {given} given");

    /// <summary>An argument of the wrong XML-RPC type: 5OO010 with the expected type's object.</summary>
    public static GandiError WrongType(FaultObject expected, string place, string expectedType, string given) =>
        Data(expected, FaultCause.Type, $"{place}: expected {expectedType}, got {given}");

    /// <summary>An argument of the right type but an unusable value (an int out of range): 5OO030.</summary>
    public static GandiError BadValue(FaultObject objectCode, string place, string reason) =>
        Data(objectCode, FaultCause.Value, $"{place}: {reason}");

    /// <summary>A struct member the method does not know: 501537.</summary>
    public static GandiError UnknownStructKey(string key, string place, IEnumerable<string> accepted) =>
        Data(FaultObject.Struct, FaultCause.BadParameter, $"unknown key '{Echo(key)}' in {place}; accepted keys: {string.Join(", ", accepted)}");

    /// <summary>A mandatory struct member is missing: 501532.</summary>
    public static GandiError MissingStructKey(string key, string place) =>
        Data(FaultObject.Struct, FaultCause.Expected, $"missing key '{key}' in {place}");

    /// <summary>A system.multicall of more calls than <c>XmlRpc:MaxMulticallCalls</c>: 501431 (OBJECT_LIST, CAUSE_SIZE).</summary>
    public static GandiError TooManyCalls(int given, int max) =>
        Data(FaultObject.List, FaultCause.Size, $"system.multicall takes at most {max} calls, {given} given");

    /// <summary>An answer larger than <c>XmlRpc:MaxResponseBytes</c>: 501631 (OBJECT_METHOD, CAUSE_SIZE).</summary>
    public static GandiError ResponseTooLarge(int max) =>
        Data(FaultObject.Method, FaultCause.Size, $"the answer would be larger than {max} bytes; ask for less (items_per_page, fewer calls per system.multicall)");

    /// <summary>system.multicall misuse (not a list of {methodName, params}, or nested multicall): 501537.</summary>
    public static GandiError BadMulticallEntry(string reason) => Data(FaultObject.Struct, FaultCause.BadParameter, reason);

    // ---- Domain: existence, state, quota. Codes composed by the rule; the not-found text is modelled
    // on the observed "Paas '<id>' doesn't exist." (OBJECT_PAAS, CAUSE_NOTFOUND).

    /// <summary>An id that does not exist, or belongs to another account (the two answer alike): 5OO042.</summary>
    public static GandiError NotFound(FaultObject objectCode, string label, long id) =>
        Data(objectCode, FaultCause.NotFound, $"{label} '{id}' doesn't exist.");

    /// <summary>A transition the object's current state does not allow: 5OO060.</summary>
    public static GandiError WrongState(FaultObject objectCode, string label, long id, string state, string action) =>
        Data(objectCode, FaultCause.State, $"{label} {id} is {state}: cannot {action}");

    /// <summary>Over the account's quota: 530035, with the CAUSE_QUOTA_REACHED clients look for.</summary>
    public static GandiError QuotaReached(string resource, string requested, string available) =>
        Data(FaultObject.HostingAccount, FaultCause.QuotaReached, $"{resource} quota reached: {requested} requested, {available} available");

    /// <summary>operation.cancel on an operation already running or finished: 510260.</summary>
    public static GandiError OperationNotCancellable(long id, string step) =>
        Data(FaultObject.Operation, FaultCause.State, $"operation {id} is {step}: only BILL or WAIT operations can be cancelled");

    /// <summary>Creating in a datacenter closed to the account (the "opened datacenter constraint"): 532754.</summary>
    public static GandiError DatacenterClosed(string dcCode) =>
        Data(FaultObject.Datacenter, FaultCause.Disabled, $"datacenter {dcCode} is closed for new resources");

    /// <summary>A disk size that is not a positive multiple of 1024 MB: 530431.</summary>
    public static GandiError DiskSizeNotMultiple(long size) =>
        Data(FaultObject.Disk, FaultCause.Size, $"disk size {size} MB is not a positive multiple of 1024");

    /// <summary>Objects that must share a datacenter do not: 530451 (observed: "VM and Disk must be in the same datacenter").</summary>
    public static GandiError DifferentDatacenter(string details) => Data(FaultObject.Disk, FaultCause.Datacenter, details);

    /// <summary>A disk may grow, never shrink: 530495.</summary>
    public static GandiError DiskCannotShrink(long id, long size, long requested) =>
        Data(FaultObject.Disk, FaultCause.CannotShrink, $"disk {id} is {size} MB: it cannot shrink to {requested} MB");

    /// <summary>Deleting, migrating or rolling back an attached disk: 530439 (text observed for rollback).</summary>
    public static GandiError DiskAttached(string details) => Data(FaultObject.Disk, FaultCause.Attached, details);

    /// <summary>An update that changes nothing: 530444 (observed code and text).</summary>
    public static GandiError NothingToUpdate() => Data(FaultObject.Disk, FaultCause.NothingToUpdate, "No valid parameter given");

    /// <summary>A disk type the method does not create (only <c>data</c>, or <c>snapshot</c> for create_from): 530410.</summary>
    public static GandiError UnsupportedDiskType(string type) => Data(FaultObject.Disk, FaultCause.Type, $"disk type '{type}' cannot be created here");

    /// <summary>rollback_from on a disk that is not a snapshot: 532430 (OBJECT_SNAPSHOT, CAUSE_VALUE).</summary>
    public static GandiError NotASnapshot(long id) => Data(FaultObject.Snapshot, FaultCause.Value, $"disk {id} is not a snapshot");

    /// <summary>A migration to a datacenter the source cannot migrate to: 532751.</summary>
    public static GandiError CannotMigrate(string from, string to) =>
        Data(FaultObject.Datacenter, FaultCause.Datacenter, $"cannot migrate from {from} to {to}");

    /// <summary>An SSH public key that is not <c>type base64 [comment]</c>: 501737 (OBJECT_KEY, CAUSE_BADPARAMETER).</summary>
    public static GandiError InvalidSshKey(string reason) => Data(FaultObject.Key, FaultCause.BadParameter, $"invalid SSH public key: {reason}");

    /// <summary>An iface in use (attached to a VM) cannot be deleted: 531739.</summary>
    public static GandiError IfaceAttached(long id, long vmId) => Data(FaultObject.Iface, FaultCause.Attached, $"iface#{id} is attached to vm#{vmId}");

    /// <summary>An iface and its VLAN (or VM) must share a datacenter: 531751.</summary>
    public static GandiError IfaceDatacenter(string details) => Data(FaultObject.Iface, FaultCause.Datacenter, details);

    /// <summary>An ip_version other than 4 or 6: 531830.</summary>
    public static GandiError BadIpVersion(long version) => Data(FaultObject.Ip, FaultCause.Value, $"ip_version {version} is neither 4 nor 6");

    /// <summary>A VLAN name already used by the account ("The private VLAN name is uniq"): 537741.</summary>
    public static GandiError VlanNameTaken(string name) => Data(FaultObject.Vlan, FaultCause.Exist, $"a VLAN named '{Echo(name)}' already exists");

    /// <summary>A VLAN that ifaces still use cannot be deleted: 537739.</summary>
    public static GandiError VlanInUse(long id) => Data(FaultObject.Vlan, FaultCause.Attached, $"vlan#{id} still has ifaces");

    /// <summary>An update of an iface, IP or VLAN with nothing to change: 5OO044.</summary>
    public static GandiError NothingToUpdate(FaultObject objectCode) => Data(objectCode, FaultCause.NothingToUpdate, "No valid parameter given");

    /// <summary>A VM with an operation still pending refuses another: 530267 (OBJECT_VM, CAUSE_PENDING).</summary>
    public static GandiError VmBusy(long id, string type) => Data(FaultObject.Vm, FaultCause.Pending, $"vm {id} has a pending {type} operation");

    /// <summary>VM memory that is not a positive multiple of 64 MB, or above what the VM may take: 530230.</summary>
    public static GandiError BadVmMemory(string details) => Data(FaultObject.Vm, FaultCause.Value, details);

    /// <summary>A disk position already taken on the VM: 530445 (OBJECT_DISK, CAUSE_POSITION).</summary>
    public static GandiError DiskPositionTaken(int position) => Data(FaultObject.Disk, FaultCause.Position, $"position {position} is taken");

    /// <summary>A disk or iface that is not attached to that VM: 530498 / 531798 (CAUSE_NOT_ATTACHED).</summary>
    public static GandiError NotAttached(FaultObject objectCode, string details) => Data(objectCode, FaultCause.NotAttached, details);

    /// <summary>finalize_migration with no migration waiting for it: 530247 (OBJECT_VM, CAUSE_INVALID_PHASE).</summary>
    public static GandiError NoMigrationToFinalize(long vmId) => Data(FaultObject.Vm, FaultCause.InvalidPhase, $"vm {vmId} has no migration waiting to be finalized");

    // ---- The legacy v1 surface (sessions, products). Texts composed as its DataError lines.

    /// <summary>login with a wrong login or password: 500130 (OBJECT_PASSWORD, CAUSE_VALUE), as the legacy sample; the password is never echoed.</summary>
    public static GandiError WrongPassword(string login) =>
        About(Data(FaultObject.Password, FaultCause.Value, "invalid login or password"), "login", Echo(login));

    /// <summary>A session id nobody issued: 500242 (OBJECT_SESSION, CAUSE_NOTFOUND).</summary>
    public static GandiError UnknownSession() => About(Data(FaultObject.Session, FaultCause.NotFound, "unknown session"), "session", "****");

    /// <summary>A session older than 12 hours: 500249 (OBJECT_SESSION, CAUSE_EXPIRED).</summary>
    public static GandiError ExpiredSession() => About(Data(FaultObject.Session, FaultCause.Expired, "session expired"), "session", "****");

    /// <summary>A product name, duration or change the legacy products do not allow: 535130 (OBJECT_HOSTING_PRODUCT, CAUSE_VALUE).</summary>
    public static GandiError BadProduct(string details, string element, string value) =>
        About(Data(FaultObject.HostingProduct, FaultCause.Value, details), element, Echo(value));

    /// <summary>A value outside what a list filter or option accepts (unknown filter key, bad sort field): 501537.</summary>
    public static GandiError BadListOption(string reason) => Data(FaultObject.Struct, FaultCause.BadParameter, reason);

    /// <summary>A kernel version a datacenter does not offer: 530401 (OBJECT_DISK, CAUSE_NO_KERNEL).</summary>
    public static GandiError UnknownKernel(string kernel) => Data(FaultObject.Disk, FaultCause.NoKernel, $"unknown kernel '{Echo(kernel)}'");

    /// <summary>
    /// An unexpected server error: 150000 (observed code and text), with the correlation id that
    /// also appears in the server log.
    /// </summary>
    public static GandiError Internal(string correlationId) =>
        Compose(ServerQualification, 500, "OBJECT_APPLICATION", 0, "CAUSE_UNKNOWN",
            $"Internal Server Error; correlation id {correlationId}");

    // The argument an error is about, for the legacy surface's "[element: value]".
    private static GandiError About(GandiError error, string element, string value) =>
        new(error.Code, error.FaultString, error.Details) { Subject = (element, value) };

    private static GandiError Compose(int qualification, int objectCode, string objectName, int cause, string causeName, string details)
    {
        details = details.Length <= MaxDetails ? details : $"{details.AsSpan(0, MaxDetails)}... ({details.Length} characters)";
        return new((qualification * 100000) + (objectCode * 100) + cause, $"Error on object : {objectName} ({causeName}) [{details}]", details);
    }

    // Gandi's names are irregular (CAUSE_NORIGHT but CAUSE_QUOTA_REACHED), so they are spelled out.
    private static string ObjectName(FaultObject value) => "OBJECT_" + value switch
    {
        FaultObject.HostingAccount => "HOSTING_ACCOUNT",
        FaultObject.HostingProduct => "HOSTING_PRODUCT",
        FaultObject.SnapshotProfile => "SNAPSHOT_PROFILE",
        var other => other.ToString().ToUpperInvariant(),
    };

    private static string CauseName(FaultCause value) => "CAUSE_" + value switch
    {
        FaultCause.QuotaReached => "QUOTA_REACHED",
        FaultCause.NothingToUpdate => "NOTHING_TO_UPDATE",
        FaultCause.CannotShrink => "CANNOT_SHRINK",
        FaultCause.IpVersionMismatch => "IP_VERSION_MISMATCH",
        FaultCause.NotAttached => "NOT_ATTACHED",
        FaultCause.NoKernel => "NO_KERNEL",
        FaultCause.InvalidPhase => "INVALID_PHASE",
        FaultCause.CmdlineOpt => "CMDLINE_OPT",
        var other => other.ToString().ToUpperInvariant(),
    };

}

