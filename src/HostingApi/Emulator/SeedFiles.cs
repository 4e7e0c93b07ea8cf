using HostingApi.Core.Coordination;
using Microsoft.Extensions.Options;

namespace HostingApi.Emulator;

/// <summary>
/// Loads the state files <c>Emulator:SeedFiles</c> names (the format of <c>GET /_emulator/state</c>),
/// in order, after the database is ready and before the server takes calls. A file that cannot be
/// read stops the start with one line naming it.
/// </summary>
public sealed class SeedFiles(IOptions<EmulatorOptions> options, IServiceScopeFactory scopes) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        foreach (var path in options.Value.SeedFiles)
        {
            StateDocument state;
            try
            {
                await using var file = File.OpenRead(path);
                state = StateJson.Parse(await System.Text.Json.Nodes.JsonNode.ParseAsync(file, cancellationToken: cancellationToken));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException)
            {
                throw new InvalidOperationException($"Emulator:SeedFiles: {path}: {e.Message}", e);
            }

            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ControlPlaneReset>().ReplaceAsync(state, cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
