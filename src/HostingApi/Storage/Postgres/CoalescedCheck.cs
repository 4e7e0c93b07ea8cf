namespace HostingApi.Storage.Postgres;

/// <summary>
/// One check at a time for any number of callers: a caller that comes while a check is in flight waits
/// for the next one, which starts when that one ends, so every caller gets a check that began after it
/// came (what a freshness check needs) and a load of N concurrent callers costs one check per round, not N.
/// A failed check fails the callers of its round only.
/// </summary>
public sealed class CoalescedCheck(Func<Task> check)
{
    private readonly Lock _gate = new();
    private bool _running;
    private TaskCompletionSource? _next;

    public Task RunAsync()
    {
        TaskCompletionSource round;
        lock (_gate)
        {
            if (_running)
            {
                return (_next ??= new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            }

            _running = true;
            round = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        _ = RoundsAsync(round);
        return round.Task;
    }

    // A check for each round that callers joined, then nothing until the next caller.
    private async Task RoundsAsync(TaskCompletionSource round)
    {
        while (true)
        {
            try
            {
                await check();
                round.SetResult();
            }
            catch (Exception e)
            {
                round.SetException(e);
            }

            lock (_gate)
            {
                if (_next is null)
                {
                    _running = false;
                    return;
                }

                round = _next;
                _next = null;
            }
        }
    }
}
