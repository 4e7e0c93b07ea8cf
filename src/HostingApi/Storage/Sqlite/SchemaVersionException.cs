namespace HostingApi.Storage.Sqlite;

/// <summary>
/// The database file was made by another HostingApi version. Its own type so that start-up can
/// tell it apart from a bug and print its one-line message alone (Hosting/StartupErrors).
/// </summary>
public sealed class SchemaVersionException(string message) : InvalidOperationException(message);
