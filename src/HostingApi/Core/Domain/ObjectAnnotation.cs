using HostingApi.Core.Errors;

namespace HostingApi.Core.Domain;

/// <summary>
/// A dialect's own attributes of a core object (CloudSigma's drive <c>meta</c>, <c>media</c>, <c>tags</c>),
/// kept as opaque JSON beside the object: the core stores, exports and deletes them with the account
/// but never reads them, so one provider's attributes cannot leak into another's answers.
/// </summary>
public sealed class ObjectAnnotation
{
    private ObjectAnnotation()
    {
    }

    public ObjectAnnotation(int accountId, string dialect, ObjectKind kind, int objectId, string entityId, string json, DateTime now)
    {
        AccountId = accountId;
        Dialect = dialect;
        Kind = kind;
        ObjectId = objectId;
        EntityId = entityId;
        Json = json;
        DateUpdated = now;
    }

    public int Id { get; private set; }

    public int AccountId { get; private set; }

    /// <summary>The dialect that owns the attributes, e.g. <c>cloudsigma</c>.</summary>
    public string Dialect { get; private set; } = "";

    public ObjectKind Kind { get; private set; }

    /// <summary>The core object's id (a disk's, a VM's).</summary>
    public int ObjectId { get; private set; }

    /// <summary>The dialect's id of the object when the core has none of its own (a VM's uuid).</summary>
    public string EntityId { get; private set; } = "";

    public string Json { get; private set; } = "{}";

    public DateTime DateUpdated { get; private set; }

    public void Replace(string json, DateTime now)
    {
        Json = json;
        DateUpdated = now;
    }
}
