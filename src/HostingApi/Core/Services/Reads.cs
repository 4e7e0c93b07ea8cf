using HostingApi.Core.Operations;

namespace HostingApi.Core.Services;

/// <summary>
/// The one read path: make the queue current (with the default policy a client never sees an
/// operation it could not have waited for), then answer from the read cache or load. One comparison
/// when nothing is due, one dictionary lookup on a hit.
/// </summary>
public sealed class Reads(OperationRunner runner, ReadCache cache)
{
    public async Task<T> GetAsync<T>(ReadKey key, Func<Task<T>> load, CancellationToken ct)
    {
        await runner.CatchUpAsync(ct);
        return await cache.GetOrLoadAsync(key, load);
    }
}
