using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Emulator;

/// <summary>Emulator:Journal:Capacity bounds the ring; Emulator:Journal:Enabled=false keeps nothing.</summary>
public sealed class JournalSettingsTests
{
    [Fact]
    public async Task TheRing_KeepsTheLatestCapacityCalls()
    {
        await using var server = HostingApiFactory.WithSettings(new() { ["Emulator:Journal:Capacity"] = "5" });
        using var control = new FaultJournalClient(server);
        for (var i = 0; i < 12; i++)
        {
            await server.CallAsync("test.echo", i);
        }

        var journal = await control.JournalAsync();

        journal.GetProperty("capacity").GetInt32().Should().Be(5);
        journal.GetProperty("total").GetInt64().Should().Be(12);
        journal.GetProperty("calls").EnumerateArray().Select(c => c.GetProperty("params")[0].GetInt64()).Should().Equal(7, 8, 9, 10, 11);
    }

    [Fact]
    public async Task Disabled_RecordsNothing_AndFaultsStillWork()
    {
        await using var server = HostingApiFactory.WithSettings(new() { ["Emulator:Journal:Enabled"] = "false" });
        using var control = new FaultJournalClient(server);
        await control.AddRuleAsync("""{"match": {"method": "test.echo"}, "action": {"type": "xmlrpc_fault", "code": 3, "string": "x"}}""");

        (await server.CallAsync("test.echo", 1)).ShouldFault(3);

        var (_, count) = await control.SendAsync(HttpMethod.Get, "journal/count");
        count.GetProperty("count").GetInt32().Should().Be(0);
        count.GetProperty("enabled").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task A_large_argument_or_answer_is_kept_as_a_note_of_its_size_not_whole()
    {
        await using var server = new HostingApiFactory();
        using var control = new FaultJournalClient(server);
        var big = Enumerable.Range(0, 5_000).ToList();

        (await server.CallAsync("test.list", big)).ShouldSucceed();
        (await server.CallAsync("hosting.image.list", HostingApiFactory.DefaultKey)).ShouldSucceed();

        var calls = (await control.JournalAsync()).GetProperty("calls").EnumerateArray().ToList();
        calls[0].GetProperty("params")[0].GetString().Should().Contain("not kept");
        calls[0].GetProperty("result").GetInt64().Should().Be(big.Sum(), "a small answer is kept whole");
        calls[1].GetProperty("params")[0].GetString().Should().NotBeNull("the key is kept, as its tag");
    }

    [Fact]
    public async Task An_answer_of_more_than_200_values_is_kept_as_a_note_its_arguments_whole()
    {
        await using var server = new HostingApiFactory();
        using var control = new FaultJournalClient(server);
        var small = Enumerable.Range(0, 199).ToList(); // the list and its items: 200 values
        var large = Enumerable.Range(0, 200).ToList();

        (await server.CallAsync("test.echo", small)).ShouldSucceed();
        (await server.CallAsync("test.echo", large)).ShouldSucceed();

        var calls = (await control.JournalAsync()).GetProperty("calls").EnumerateArray().ToList();
        calls[0].GetProperty("result").GetArrayLength().Should().Be(199, "an answer of 200 values is kept whole");
        calls[1].GetProperty("result").GetString().Should().Contain("more than 200 values, not kept");
        calls[1].GetProperty("params")[0].GetArrayLength().Should().Be(200, "the arguments have a budget of their own");
    }

    [Fact]
    public async Task Only_the_latest_detailed_calls_keep_their_arguments()
    {
        await using var server = HostingApiFactory.WithSettings(new() { ["Emulator:Journal:Capacity"] = "5", ["Emulator:Journal:DetailedCapacity"] = "2" });
        using var control = new FaultJournalClient(server);
        for (var i = 0; i < 5; i++)
        {
            await server.CallAsync("test.echo", i);
        }

        var calls = (await control.JournalAsync()).GetProperty("calls").EnumerateArray().ToList();

        calls.Should().HaveCount(5, "every call stays in the ring");
        calls.Take(3).Should().OnlyContain(c => c.GetProperty("params").ValueKind == System.Text.Json.JsonValueKind.Null);
        calls.Skip(3).Select(c => c.GetProperty("params")[0].GetInt64()).Should().Equal(3, 4);
    }
}
