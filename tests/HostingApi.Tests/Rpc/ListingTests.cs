using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Rpc;

/// <summary>The shared list mechanism: filters (value, list, ~pattern, date ranges), paging, sort_by, and its faults.</summary>
public class ListingTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    private const string Key = HostingApiFactory.DefaultKey;

    [Fact]
    public async Task Paging_CutsStablePagesNumberedFromZero()
    {
        var page0 = await Ids("hosting.datacenter.list", new() { ["items_per_page"] = 2, ["page"] = 0 });
        var page1 = await Ids("hosting.datacenter.list", new() { ["items_per_page"] = 2, ["page"] = 1 });
        var page2 = await Ids("hosting.datacenter.list", new() { ["items_per_page"] = "2", ["page"] = "2" });

        page0.Concat(page1).Concat(page2).Should().Equal(1L, 2L, 3L, 4L, 5L);
    }

    [Theory]
    [InlineData("dc_code DESC", new long[] { 2, 3, 5, 4, 1 })]
    [InlineData("dc_code asc", new long[] { 1, 4, 5, 3, 2 })]
    [InlineData("name", new long[] { 3, 1, 4, 5, 2 })]
    [InlineData("id DESC", new long[] { 5, 4, 3, 2, 1 })]
    public async Task SortBy_FieldAndDirection_OrdersThenById(string sortBy, long[] expected)
    {
        (await Ids("hosting.datacenter.list", new() { ["sort_by"] = sortBy })).Should().Equal(expected);
    }

    [Fact]
    public async Task ListFilter_TakesAListAsMembership()
    {
        (await Ids("hosting.datacenter.list", new() { ["id"] = new List<object> { 2, 5 } })).Should().Equal(2L, 5L);
        (await Ids("hosting.datacenter.list", new() { ["dc_code"] = new List<object> { "FR-SD2", "LU-BI1" } })).Should().Equal(1L, 3L);
    }

    [Fact]
    public async Task PatternFilter_IsALikeWithPercentWildcards()
    {
        using var client = server.CreateRpcClient();

        var labels = (await client.CallAsync("hosting.image.list", Key, new Dictionary<string, object?> { ["~label"] = "Debian%", ["datacenter_id"] = 3 })).Array
            .Cast<Dictionary<string, object?>>().Select(i => (string)i["label"]!);

        labels.Should().HaveCount(4).And.AllSatisfy(l => l.Should().StartWith("Debian"));
    }

    [Fact]
    public async Task OperationFilters_StepListTypeAndDateRanges()
    {
        using var client = server.CreateRpcClient();
        var created = (await client.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct;
        var when = (DateTime)created["date_created"]!;

        async Task<long> Count(Dictionary<string, object?> filter) => (long)(await client.CallAsync("operation.count", Key, filter)).ShouldSucceed().Value!;

        (await Count(new() { ["step"] = new List<object> { "BILL", "WAIT", "RUN" }, ["id"] = created["id"] })).Should().Be(0, "polled at once, it is done");
        (await Count(new() { ["step"] = "DONE", ["type"] = "disk_create", ["id"] = created["id"] })).Should().Be(1);
        (await Count(new() { [">date_created"] = when.AddSeconds(-1), ["id"] = created["id"] })).Should().Be(1);
        (await Count(new() { ["<date_created"] = when.AddSeconds(-1).ToString("yyyy-MM-dd HH:mm:ss"), ["id"] = created["id"] })).Should().Be(0);
        (await Count(new() { ["disk_id"] = created["disk_id"] })).Should().Be(1);
    }

    [Theory]
    [InlineData("colour", "blue", "unknown filter 'colour'")]
    [InlineData("id", "abc", "filter 'id' expects an int or a list of ints")]
    [InlineData("sort_by", "colour", "cannot sort by 'colour'")]
    [InlineData("sort_by", "name sideways", "cannot sort by 'name sideways'")]
    [InlineData("items_per_page", -1, "cannot be negative")]
    public async Task BadOptions_FaultSayingWhat(string key, object value, string reason)
    {
        using var client = server.CreateRpcClient();

        var result = await client.CallAsync("hosting.datacenter.list", Key, new Dictionary<string, object?> { [key] = value });

        result.ShouldFault(501537).FaultString.Should().Contain(reason);
    }

    private async Task<List<long>> Ids(string method, Dictionary<string, object?> options)
    {
        using var client = server.CreateRpcClient();
        return (await client.CallAsync(method, Key, options)).Array.Cast<Dictionary<string, object?>>().Select(d => (long)d["id"]!).ToList();
    }
}
