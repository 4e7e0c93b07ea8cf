using HostingApi.Core.Coordination;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HostingApi.Storage.Sqlite;

/// <summary>
/// The connection string, from <see cref="DatabaseOptions"/> when first needed. For an in-memory
/// database it also holds the one connection that keeps the database alive for the app's lifetime.
/// </summary>
public sealed class DatabaseConnection : IDisposable
{
    private readonly SqliteConnection? _keepAlive;

    public DatabaseConnection(IOptions<DatabaseOptions> options)
    {
        Options = options.Value;
        ConnectionString = Options.SqliteConnectionString($"hostingapi-{Guid.NewGuid():N}");
        if (Options.InMemory)
        {
            _keepAlive = new SqliteConnection(ConnectionString);
            _keepAlive.Open();
        }
    }

    public DatabaseOptions Options { get; }

    public string ConnectionString { get; }

    public StoreDescription Describe() => new("sqlite", Options.InMemory ? "memory" : System.IO.Path.GetFullPath(Options.Path));

    public void Dispose() => _keepAlive?.Dispose();
}
