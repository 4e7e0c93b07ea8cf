using System.Net;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Emulator;

/// <summary>Operation rules make the next operations of a type end in ERROR, under the default Instant policy too.</summary>
public sealed class OperationRuleTests
{
    private const string Key = HostingApiFactory.DefaultKey;

    [Fact]
    public async Task The_next_n_operations_of_the_type_fail_with_the_given_error_then_the_rule_is_spent()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        var (status, rule) = await control.PostAsync("/operations/rules", new { type = "disk_create", count = 2, last_error = "backend on fire" });

        var results = new List<(object? Step, object? Error)>();
        for (var i = 0; i < 3; i++)
        {
            var id = (long)(await rpc.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct["id"]!;
            var info = (await rpc.CallAsync("operation.info", Key, id)).Struct;
            results.Add((info["step"], info["last_error"]));
        }

        status.Should().Be(HttpStatusCode.Created);
        ((int)rule!["left"]!).Should().Be(2);
        results.Should().Equal(("ERROR", "backend on fire"), ("ERROR", "backend on fire"), ("DONE", null));
        (await control.GetAsync("/operations/rules")).Body!.AsArray().Select(r => (int)r!["left"]!).Should().Equal(0);
        (await rpc.CallAsync("hosting.disk.count", Key)).ShouldSucceed().Value.Should().Be(1L, "the failed creations are rolled back");
    }

    [Fact]
    public async Task A_rule_for_one_account_leaves_the_others_alone_and_can_be_removed()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        var other = await control.NewAccountAsync();
        await control.PostAsync("/operations/rules", new { type = "disk_create", account = other, count = 5 });

        var mine = (long)(await rpc.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct["id"]!;
        var theirs = (long)(await rpc.CallAsync("hosting.disk.create", other, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct["id"]!;
        (await control.DeleteAsync("/operations/rules")).Status.Should().Be(HttpStatusCode.NoContent);
        var afterDelete = (long)(await rpc.CallAsync("hosting.disk.create", other, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct["id"]!;

        (await rpc.CallAsync("operation.info", Key, mine)).Struct["step"].Should().Be("DONE");
        (await rpc.CallAsync("operation.info", other, theirs)).Struct["step"].Should().Be("ERROR");
        (await rpc.CallAsync("operation.info", other, afterDelete)).Struct["step"].Should().Be("DONE");
    }

    [Theory]
    [InlineData("""{"type":"disk_creat"}""", "type must be an operation type")]
    [InlineData("""{"type":"disk_create","count":0}""", "count must be an integer from 1")]
    [InlineData("""{"type":"disk_create","account":"nosuchkey"}""", "account must be the API key")]
    [InlineData("""{"type":"disk_create","colour":"red"}""", "unknown field 'colour'")]
    public async Task Bad_rules_get_400(string body, string message)
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();

        var (status, answer) = await control.PostAsync("/operations/rules", body);

        status.Should().Be(HttpStatusCode.BadRequest);
        ((string)answer!["message"]!).Should().Contain(message);
    }

    [Fact]
    public async Task Operations_of_every_account_are_listed_with_filters()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        var other = await control.NewAccountAsync();
        await rpc.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3 });
        await rpc.CallAsync("hosting.disk.create", other, new Dictionary<string, object?> { ["datacenter_id"] = 3 });

        var all = (await control.GetAsync("/operations")).Body!.AsArray();
        var theirs = (await control.GetAsync($"/operations?account={other}&type=disk_create")).Body!.AsArray();
        var (badStep, _) = await control.GetAsync("/operations?step=SLEEPING");

        all.Should().HaveCount(2);
        theirs.Should().ContainSingle().Which!["type"]!.GetValue<string>().Should().Be("disk_create");
        badStep.Should().Be(HttpStatusCode.BadRequest);
    }
}
