using HostingApi.Core.Coordination;

namespace HostingApi.Core.Operations;

/// <summary>
/// The background loop: on start, resumes what was pending (nothing a client was told is lost);
/// then runs whatever is due but Instant operations (their account's reads finish them), and sleeps until the next due time or a new operation.
/// </summary>
public sealed partial class OperationQueueProcessor(
    OperationRunner runner, OperationSchedule schedule, Readiness readiness, TimeProvider time, ILogger<OperationQueueProcessor> log) : BackgroundService
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await runner.RecoverAsync(stoppingToken);
        readiness.QueueRecovered();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.CatchUpProcessorAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogLoopFailed(e);
            }

            var now = time.GetUtcNow().UtcDateTime;
            var sleep = schedule.NextDue is { } due ? due - now : LongestSleep;
            await schedule.WaitForChangeAsync(sleep < TimeSpan.Zero ? TimeSpan.Zero : sleep > LongestSleep ? LongestSleep : sleep, time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The operation queue failed a pass; it will try again")]
    private partial void LogLoopFailed(Exception exception);
}
