using HostingApi.Core.Coordination;

namespace HostingApi.Storage;

/// <summary>
/// Readies the store (schema, catalog, accounts, shared control settings) before anything else starts
/// (the queue processor, the web server): <see cref="IHostedLifecycleService.StartingAsync"/> is called
/// for every hosted service first, and waits for it. The work can begin earlier (<see cref="Begin"/>,
/// as soon as the container is built): it is mostly EF Core's cold start on one core, while the
/// endpoints are mapped on the other (docs/performance.md, "Where the start goes").
/// </summary>
public sealed class DatabaseStartup(DatabaseInitializer initializer, SharedSettings settings, Readiness readiness) : IHostedLifecycleService
{
    private readonly Lock _lock = new();
    private Task? _ready;

    /// <summary>Starts readying the store on the thread pool, once; later calls answer the same task.</summary>
    public Task Begin()
    {
        lock (_lock)
        {
            return _ready ??= Task.Run(ReadyAsync);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Begin().WaitAsync(cancellationToken);

    private async Task ReadyAsync()
    {
        // Not the host's start token: an early start is not cancelled by it, and a start that is
        // cancelled stops the process, which ends this work with it.
        await initializer.InitializeAsync(CancellationToken.None);

        // An instance joining others takes up the clock, policies and fault rules in force before its first call.
        await settings.RefreshAsync(CancellationToken.None);
        readiness.StoreReady();
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
