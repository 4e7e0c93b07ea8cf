using HostingApi.XmlRpc;

namespace HostingApi.Rpc.Faults;

/// <summary>
/// Every fault this server sends, in one place, so the wire contract reads as a list.
/// Gandi's scheme: <c>faultCode = qualification * 100000 + object * 100 + cause</c> and
/// <c>faultString = "Error on object : OBJECT_X (CAUSE_Y) [details]"</c> (note the space before the colon).
/// Codes observed on the real service are marked "observed"; the others are composed with the
/// formula (see docs/faults.md for the reasoning behind each choice).
/// </summary>
public static class GandiFaults
{
    /// <summary>Qualification 1: the server failed.</summary>
    public const int ServerQualification = 1;

    /// <summary>Qualification 5: the request (data) is at fault.</summary>
    public const int DataQualification = 5;

    /// <summary>The one code outside the scheme: an unknown method (observed).</summary>
    public const int UnknownMethodCode = 1;

    /// <summary>Composes a data fault of Gandi's scheme.</summary>
    public static XmlRpcFault Data(FaultObject objectCode, FaultCause cause, string details) =>
        Compose(DataQualification, (int)objectCode, ObjectName(objectCode), (int)cause, CauseName(cause), details);

    /// <summary>An unknown method: code 1 (observed), text as a Gandi gem's test quotes it.</summary>
    public static XmlRpcFault UnknownMethod(string name) => new(UnknownMethodCode, $"Method \"{name}\" is not supported");

    /// <summary>The body is not a well-formed XML-RPC methodCall (our choice: 500020).</summary>
    public static XmlRpcFault MalformedRequest(string reason) =>
        Data(FaultObject.Unknown, FaultCause.Syntax, $"malformed XML-RPC request: {reason}");

    /// <summary>A well-formed but unknown API key: 510150 (observed code and text).</summary>
    public static XmlRpcFault InvalidApiKey() => Data(FaultObject.Account, FaultCause.NoRight, "Invalid API key");

    /// <summary>An API key that is not 24 alphanumerics: 501237 (text observed, code composed).</summary>
    public static XmlRpcFault MalformedApiKey(string key) =>
        Data(FaultObject.String, FaultCause.BadParameter, $"string '{key}' does not match '^[a-z0-9]{{24}}$'");

    /// <summary>Too few or too many positional arguments: 501637.</summary>
    public static XmlRpcFault WrongArity(string signature, int given, int min, int max) =>
        Data(FaultObject.Method, FaultCause.BadParameter,
            $"{signature} takes {(min == max ? $"{min}" : $"{min} to {max}")} argument{(max == 1 ? string.Empty : "s")}, {given} given");

    /// <summary>An argument of the wrong XML-RPC type: 5OO010 with the expected type's object.</summary>
    public static XmlRpcFault WrongType(FaultObject expected, string place, string expectedType, XmlRpcValue given) =>
        Data(expected, FaultCause.Type, $"{place}: expected {expectedType}, got {Describe(given)}");

    /// <summary>An argument of the right type but an unusable value (an int out of range): 5OO030.</summary>
    public static XmlRpcFault BadValue(FaultObject objectCode, string place, string reason) =>
        Data(objectCode, FaultCause.Value, $"{place}: {reason}");

    /// <summary>A struct member the method does not know: 501537.</summary>
    public static XmlRpcFault UnknownStructKey(string key, string place, IEnumerable<string> accepted) =>
        Data(FaultObject.Struct, FaultCause.BadParameter, $"unknown key '{key}' in {place}; accepted keys: {string.Join(", ", accepted)}");

    /// <summary>A mandatory struct member is missing: 501532.</summary>
    public static XmlRpcFault MissingStructKey(string key, string place) =>
        Data(FaultObject.Struct, FaultCause.Expected, $"missing key '{key}' in {place}");

    /// <summary>system.multicall misuse (not a list of {methodName, params}, or nested multicall): 501537.</summary>
    public static XmlRpcFault BadMulticallEntry(string reason) => Data(FaultObject.Struct, FaultCause.BadParameter, reason);

    /// <summary>
    /// An unexpected server error: 150000 (observed code and text), with the correlation id that
    /// also appears in the server log.
    /// </summary>
    public static XmlRpcFault Internal(string correlationId) =>
        Compose(ServerQualification, 500, "OBJECT_APPLICATION", 0, "CAUSE_UNKNOWN",
            $"Internal Server Error; correlation id {correlationId}");

    private static XmlRpcFault Compose(int qualification, int objectCode, string objectName, int cause, string causeName, string details) =>
        new((qualification * 100000) + (objectCode * 100) + cause, $"Error on object : {objectName} ({causeName}) [{details}]");

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
        var other => other.ToString().ToUpperInvariant(),
    };

    private static string Describe(XmlRpcValue value) => value.Kind switch
    {
        XmlRpcValueKind.Nil => "nil",
        XmlRpcValueKind.Struct => "struct",
        XmlRpcValueKind.Array => "array",
        XmlRpcValueKind.Base64 => "base64",
        var kind => $"{XmlRpcTypeNames.Of(kind)} {Clip(value.ToString())}",
    };

    private static string Clip(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "...");
}

/// <summary>The object part of a data fault code (Gandi's table; the ones this server uses).</summary>
public enum FaultObject
{
    Unknown = 0,
    Password = 1,
    Session = 2,
    Login = 3,
    Integer = 10,
    Boolean = 11,
    String = 12,
    Date = 13,
    List = 14,
    Struct = 15,
    Method = 16,
    Key = 17,
    Float = 18,
    Duration = 19,
    Account = 101,
    Operation = 102,
    HostingAccount = 300,
    Vm = 302,
    Disk = 304,
    Os = 305,
    Iface = 317,
    Ip = 318,
    Snapshot = 324,
    Image = 325,
    Datacenter = 327,
    HostingProduct = 351,
    Vlan = 377,
    SnapshotProfile = 378,
}

/// <summary>The cause part of a data fault code (Gandi's table; the ones this server uses).</summary>
public enum FaultCause
{
    Unknown = 0,
    Type = 10,
    Syntax = 20,
    Value = 30,
    Size = 31,
    Expected = 32,
    Unexpected = 33,
    QuotaReached = 35,
    BadParameter = 37,
    Attached = 39,
    DontExist = 40,
    Exist = 41,
    NotFound = 42,
    NothingToUpdate = 44,
    Position = 45,
    NoRight = 50,
    Datacenter = 51,
    Disabled = 54,
    State = 60,
    Running = 68,
    CannotShrink = 95,
    IpVersionMismatch = 96,
    NotAttached = 98,
}
