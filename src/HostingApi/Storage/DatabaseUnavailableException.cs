namespace HostingApi.Storage;

/// <summary>
/// SQLite could not open or write the configured file (missing folder, no permission, read-only
/// file). The message names the file and the setting; the SQLite error is the inner exception.
/// </summary>
public sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner);
