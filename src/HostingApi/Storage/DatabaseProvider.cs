namespace HostingApi.Storage;

/// <summary>The stores HostingApi runs on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
