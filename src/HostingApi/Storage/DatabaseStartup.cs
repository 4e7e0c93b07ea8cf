namespace HostingApi.Storage;

/// <summary>
/// Runs the database initializer before anything else starts (the queue processor, the web server):
/// <see cref="IHostedLifecycleService.StartingAsync"/> is called for every hosted service first.
/// </summary>
public sealed class DatabaseStartup(DatabaseInitializer initializer) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
