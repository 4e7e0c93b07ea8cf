using HostingApi.Core.Coordination;

namespace HostingApi.Storage;

/// <summary>
/// Runs the database initializer before anything else starts (the queue processor, the web server):
/// <see cref="IHostedLifecycleService.StartingAsync"/> is called for every hosted service first.
/// </summary>
public sealed class DatabaseStartup(DatabaseInitializer initializer, SharedSettings settings, Readiness readiness) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await initializer.InitializeAsync(cancellationToken);

        // An instance joining others takes up the clock, policies and fault rules in force before its first call.
        await settings.RefreshAsync(cancellationToken);
        readiness.StoreReady();
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
