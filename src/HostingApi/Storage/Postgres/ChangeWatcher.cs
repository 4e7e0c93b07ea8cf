using HostingApi.Core.Coordination;

namespace HostingApi.Storage.Postgres;

/// <summary>
/// Once a second, without a request: look for other instances (alone, the write lock is kept between
/// writes: PostgresWriteGate), catch up with other instances' writes (so operations another
/// instance queued are run here too if it stops), and clear the lock's <c>Dirty</c> mark an instance
/// left behind when it died inside the lock (seen twice in a row: a live writer holds it for milliseconds).
/// </summary>
public sealed partial class ChangeWatcher(PostgresWriteGate gate, Readiness readiness, ILogger<ChangeWatcher> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        var wasDirty = false;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!readiness.IsReady)
            {
                continue;
            }

            try
            {
                await gate.CheckPresenceAsync(stoppingToken);
                await gate.SyncAsync(stoppingToken);
                var dirty = await gate.IsDirtyAsync(stoppingToken);
                if (dirty && wasDirty)
                {
                    // Entering moves the version if the last holder died before releasing.
                    using (await gate.EnterAsync(stoppingToken))
                    {
                    }

                    dirty = false;
                }

                wasDirty = dirty;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCheckFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the shared database for other instances' changes failed; trying again")]
    private partial void LogCheckFailed(Exception exception);
}
