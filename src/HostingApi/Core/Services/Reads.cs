using HostingApi.Core.Operations;

namespace HostingApi.Core.Services;

/// <summary>
/// The one read path: make the account's queue current (with the default policy its first poll sees
/// DONE, and only a read finishes an Instant operation), then answer from the read cache or load. One comparison
/// when nothing is due, one dictionary lookup on a hit.
/// </summary>
public sealed class Reads(OperationRunner runner, ReadCache cache)
{
    public async Task<T> GetAsync<T>(ReadKey key, Func<Task<T>> load, CancellationToken ct)
    {
        if (key.AccountId != 0)
        {
            await runner.CatchUpAsync(key.AccountId, ct);
        }

        return await cache.GetOrLoadAsync(key, load);
    }
}
