using HostingApi.Core.Coordination;
using HostingApi.Core.Services;
using Microsoft.Extensions.Options;

namespace HostingApi.Tests.Core;

/// <summary>The read cache serves an answer until the next write, and drops what a write made stale instead of keeping it.</summary>
public class ReadCacheTests
{
    [Fact]
    public async Task AWrite_DropsEveryStaleEntry_AtTheNextLoad()
    {
        var changes = new Changes();
        var cache = new ReadCache(changes, Options.Create(new ReadCacheOptions()));
        var loads = 0;
        Task<int> Load() => Task.FromResult(++loads);

        for (var id = 1; id <= 100; id++)
        {
            await cache.GetOrLoadAsync(new ReadKey(ReadQuery.DiskInfo, 1, id), Load);
        }

        (await cache.GetOrLoadAsync(new ReadKey(ReadQuery.DiskInfo, 1, 5), Load)).Should().Be(5, "no write: served from memory");
        cache.Count.Should().Be(100);

        changes.Version++;
        (await cache.GetOrLoadAsync(new ReadKey(ReadQuery.DiskInfo, 1, 5), Load)).Should().Be(101, "a write: loaded again");
        cache.Count.Should().Be(1, "the 99 others can never be served again");
    }

    private sealed class Changes : IChangeSource
    {
        public long Version { get; set; }
    }
}
