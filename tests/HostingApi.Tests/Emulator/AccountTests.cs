using System.Net;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Emulator;

/// <summary>A fresh account per test: made, used through XML-RPC (v3 and legacy), emptied and removed.</summary>
public sealed class AccountTests
{
    [Fact]
    public async Task A_new_account_answers_with_its_key_and_is_usable_at_once()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();

        var (status, account) = await control.PostAsync("/accounts", new { model = "shares", quota = new { servers = 1, disk = 20480 }, login = "tester", password = "s3cret" });
        var key = (string)account!["apikey"]!;
        var info = (await rpc.CallAsync("hosting.account.info", key)).Struct;
        var session = (await rpc.CallAsync("login", "tester", "s3cret")).ShouldSucceed().Value;

        status.Should().Be(HttpStatusCode.Created);
        key.Should().MatchRegex("^[a-z0-9]{24}$");
        ((string)account["model"]!, (int)account["quota"]!["servers"]!, (long)account["quota"]!["disk"]!).Should().Be(("shares", 1, 20480L));
        info["handle"].Should().Be((string)account["handle"]!);
        session.Should().BeOfType<string>().Which.Should().StartWith("sess-");
        (await rpc.CallAsync("login", "tester", "wrong")).ShouldFault(500130);
        (await rpc.CallAsync("hosting.disk.create", key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 30720 })).ShouldFault(530035);
    }

    [Fact]
    public async Task Resetting_one_account_empties_it_and_leaves_the_others_untouched()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        var a = await control.NewAccountAsync();
        var b = await control.NewAccountAsync();
        foreach (var key in new[] { a, b })
        {
            await rpc.CallAsync("hosting.disk.create", key, new Dictionary<string, object?> { ["datacenter_id"] = 3 });
        }

        (await control.PostAsync($"/accounts/{a}/reset")).Status.Should().Be(HttpStatusCode.OK);

        (await rpc.CallAsync("hosting.disk.count", a)).ShouldSucceed().Value.Should().Be(0L);
        (await rpc.CallAsync("operation.count", a)).ShouldSucceed().Value.Should().Be(0L);
        (await rpc.CallAsync("hosting.disk.count", b)).ShouldSucceed().Value.Should().Be(1L);
        (await rpc.CallAsync("hosting.account.info", a)).ShouldSucceed();
    }

    [Fact]
    public async Task A_deleted_account_is_gone_with_what_it_owned()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        var key = await control.NewAccountAsync();
        await rpc.CallAsync("hosting.disk.create", key, new Dictionary<string, object?> { ["datacenter_id"] = 3 });

        (await control.DeleteAsync($"/accounts/{key}")).Status.Should().Be(HttpStatusCode.NoContent);

        (await rpc.CallAsync("hosting.account.info", key)).ShouldFault(510150);
        (await control.GetAsync("/accounts")).Body!.AsArray().Select(x => (string)x!["apikey"]!).Should().NotContain(key)
            .And.Contain(HostingApiFactory.DefaultKey);
        (await control.DeleteAsync($"/accounts/{key}")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"model":"credit"}""", "model must be")]
    [InlineData("""{"login":"only-login"}""", "login and password go together")]
    [InlineData("""{"quota":{"servers":-1}}""", "quota.servers must be a number from 0")]
    [InlineData("""{"quota":{"gpus":1}}""", "quota must be an object with")]
    [InlineData("""{"handle":"bad handle"}""", "handle must be")]
    [InlineData("""{"apikey":"mine"}""", "unknown field 'apikey'")]
    public async Task Bad_account_requests_get_400(string body, string message)
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();

        var (status, answer) = await control.PostAsync("/accounts", body);

        status.Should().Be(HttpStatusCode.BadRequest);
        ((string)answer!["message"]!).Should().Contain(message);
    }

    [Fact]
    public async Task A_handle_or_login_taken_is_a_conflict()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();

        var (handle, _) = await control.PostAsync("/accounts", new { handle = "HA1-GANDI" });
        var (login, _) = await control.PostAsync("/accounts", new { login = "HA1-GANDI", password = "x" });

        (handle, login).Should().Be((HttpStatusCode.Conflict, HttpStatusCode.Conflict));
    }
}
