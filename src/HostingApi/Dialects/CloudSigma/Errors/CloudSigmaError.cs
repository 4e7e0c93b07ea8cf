namespace HostingApi.Dialects.CloudSigma.Errors;

/// <summary>
/// A refusal in CloudSigma's words: the HTTP status, the <c>error_type</c> (validation, notexist,
/// permission, billing, backend ...), the message and the <c>error_point</c> (a field, or null).
/// </summary>
public sealed class CloudSigmaError(int status, string type, string message, string? point = null) : Exception(message)
{
    public int Status { get; } = status;

    public string Type { get; } = type;

    public string? Point { get; } = point;

    public static CloudSigmaError Validation(string message, string? point = null) => new(400, "validation", message, point);

    public static CloudSigmaError Required(string field) => new(400, "validation", "This field is required", field);

    public static CloudSigmaError NotExist(string uuid) => new(404, "notexist", $"Object with uuid {uuid} does not exist", null);

    public static CloudSigmaError Permission(string message) => new(403, "permission", message, null);
}
