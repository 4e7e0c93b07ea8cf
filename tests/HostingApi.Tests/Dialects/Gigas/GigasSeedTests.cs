using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Dialects.Gigas;

/// <summary>Seed 001 over plain HTTP: the default Gigas account, its calls in the seed's order, errors included.</summary>
public sealed class GigasSeedTests
{
    private const string ApiKey = "hostingapigigaskey000001";

    [Fact]
    public async Task The_seed_curl_examples_work_as_written()
    {
        await using var server = new HostingApiFactory();
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "tests", "HostingApi.Tests", "Dialects", "Gigas", "seed001.sh"));
        start.Environment["BASE"] = server.RootUri.ToString().TrimEnd('/');
        using var script = Process.Start(start)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var errors = script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();

        script.ExitCode.Should().Be(0, await errors + await output);
        (await output).Should().Contain("every call answered as expected");
    }

    [Fact]
    public async Task A_token_and_an_api_key_both_open_the_account_and_nothing_else_does()
    {
        await using var server = new HostingApiFactory();
        using var http = new HttpClient { BaseAddress = server.RootUri };
        var token = (string)(await JsonAsync(await http.PostAsync("token", Json("""{"login": "hostingapi", "password": "hostingapi"}"""))))["token"]!;

        foreach (var header in new[] { token, $"Bearer {ApiKey}", ApiKey, $"Gigas token={token}" })
        {
            var accounts = await SendAsync(http, HttpMethod.Get, "accounts", header);
            accounts.StatusCode.Should().Be(HttpStatusCode.OK, header);
            ((string)(await JsonAsync(accounts))[0]!["login"]!).Should().Be("hostingapi");
        }

        (await http.PostAsync("token", Json("""{"login": "hostingapi", "password": "nope"}"""))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await SendAsync(http, HttpMethod.Get, "accounts", "Bearer hostingapidefaultkey0001")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a Gandi key opens no Gigas account");
        var wrong = await SendAsync(http, HttpMethod.Get, "accounts", null);
        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        ((string)(await JsonAsync(wrong))["error"]!).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Disks_list_with_filters_and_paging_headers()
    {
        await using var server = new HostingApiFactory();
        using var http = new HttpClient { BaseAddress = server.RootUri };
        var id = await AccountIdAsync(http);

        var all = await SendAsync(http, HttpMethod.Get, $"account/{id}/disks", ApiKey);
        var disks = (JsonArray)await JsonAsync(all);
        disks.Should().HaveCount(3, "web01's system disk, db01's system and data disks");
        all.Headers.GetValues("X-Total").Single().Should().Be("3");
        var data = disks.Single(d => (string?)d!["mount_point"] == "/var/lib/data")!;
        ((long)data["disk_size"]!).Should().Be(50);
        ((bool)data["add_to_linux_fstab"]!).Should().BeTrue();

        var page = await SendAsync(http, HttpMethod.Get, $"account/{id}/disks?page=2&per_page=2", ApiKey);
        ((JsonArray)await JsonAsync(page)).Should().HaveCount(1);
        page.Headers.GetValues("X-Total-Pages").Single().Should().Be("2");
        page.Headers.GetValues("X-Page").Single().Should().Be("2");
        page.Headers.GetValues("X-Per-Page").Single().Should().Be("2");

        ((JsonArray)await JsonAsync(await SendAsync(http, HttpMethod.Get, $"account/{id}/disks?primary=false", ApiKey))).Should().ContainSingle();
        ((JsonArray)await JsonAsync(await SendAsync(http, HttpMethod.Get, $"account/{id}/disks?mount_point=lib", ApiKey))).Should().ContainSingle();
        ((JsonArray)await JsonAsync(await SendAsync(http, HttpMethod.Get, $"account/{id}/disks?virtual_machine_id={(long)data["virtual_machine_id"]!}", ApiKey))).Should().HaveCount(2);
        (await SendAsync(http, HttpMethod.Get, $"account/{id}/disks?colour=red", ApiKey)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_held_job_keeps_the_disk_locked_until_it_is_released_and_its_token_polls()
    {
        await using var server = new HostingApiFactory();
        using var http = new HttpClient { BaseAddress = server.RootUri };
        using var control = server.CreateControlClient();
        await control.PutAsync("/policies", new { @default = new { mode = "Held" } });
        var id = await AccountIdAsync(http);
        var disk = (long)(await JsonAsync(await SendAsync(http, HttpMethod.Get, $"account/{id}/disks?mount_point=/var", ApiKey)))[0]!["id"]!;

        var resize = await SendAsync(http, HttpMethod.Put, $"account/{id}/disk/{disk}", ApiKey, """{"disk_size": 80}""");
        resize.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var token = resize.Headers.GetValues("X-Queue-Token").Single();
        var shown = await JsonAsync(resize);
        ((bool)shown["locked"]!).Should().BeTrue();
        ((long)shown["disk_size"]!).Should().Be(80);
        ((string)(await JsonAsync(await SendAsync(http, HttpMethod.Get, $"transaction/{token}/status", ApiKey)))["status"]!).Should().Be("pending");
        var busy = await SendAsync(http, HttpMethod.Post, $"account/{id}/disk/{disk}/build", ApiKey);
        busy.StatusCode.Should().Be(HttpStatusCode.Conflict, "a locked disk refuses another job");

        await control.PostAsync($"/operations/{token}/release");
        ((string)(await JsonAsync(await SendAsync(http, HttpMethod.Get, $"account/{id}/transaction/{token}/status", ApiKey)))["status"]!).Should().Be("complete");
        ((bool)(await JsonAsync(await SendAsync(http, HttpMethod.Get, $"account/{id}/disk/{disk}", ApiKey)))["locked"]!).Should().BeFalse();
        (await SendAsync(http, HttpMethod.Get, "transaction/999999/status", ApiKey)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Vms_are_made_with_their_disks_and_deleted_with_them()
    {
        await using var server = new HostingApiFactory();
        using var http = new HttpClient { BaseAddress = server.RootUri };
        var id = await AccountIdAsync(http);
        var template = (long)(await JsonAsync(await SendAsync(http, HttpMethod.Get, $"account/{id}/templates?limit=1", ApiKey)))[0]!["id"]!;

        var created = await SendAsync(http, HttpMethod.Post, $"account/{id}/virtual_machine", ApiKey,
            $$"""{"hostname": "app01", "template_id": {{template}}, "memory": 1024, "cpus": 2, "primary_disk_size": 15, "swap_disk_size": 2}""");
        created.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var answer = await JsonAsync(created);
        var vm = (long)answer["resource"]!["id"]!;
        ((string)answer["queue_token"]!).Should().NotBeEmpty();
        var disks = (JsonArray)await JsonAsync(await SendAsync(http, HttpMethod.Get, $"account/{id}/disks?virtual_machine_id={vm}", ApiKey));
        disks.Select(d => ((long)d!["disk_size"]!, (bool)d["is_swap"]!)).Should().BeEquivalentTo([(15L, false), (2L, true)]);
        ((string)(await JsonAsync(await SendAsync(http, HttpMethod.Get, $"account/{id}/virtual_machine/{vm}", ApiKey)))["status"]!).Should().Be("online");
        ((JsonArray)await JsonAsync(await SendAsync(http, HttpMethod.Get, $"account/{id}/virtual_machines", ApiKey))).Should().HaveCount(3);

        (await SendAsync(http, HttpMethod.Delete, $"account/{id}/virtual_machine/{vm}", ApiKey)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        ((JsonArray)await JsonAsync(await SendAsync(http, HttpMethod.Get, $"account/{id}/disks?virtual_machine_id={vm}", ApiKey))).Should().BeEmpty();
        (await SendAsync(http, HttpMethod.Get, $"account/{id}/virtual_machine/{vm}", ApiKey)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_per_test_gigas_account_from_the_control_plane_works_and_a_reset_brings_the_configured_one_back()
    {
        await using var server = new HostingApiFactory();
        using var http = new HttpClient { BaseAddress = server.RootUri };
        using var control = server.CreateControlClient();
        var (status, made) = await control.PostAsync("/accounts", new { provider = "gigas", login = "me@example.com", password = "pw" });
        status.Should().Be(HttpStatusCode.Created);
        ((string)made!["provider"]!).Should().Be("gigas");
        var key = (string)made["apikey"]!;
        var accountId = (long)made["account_id"]!;

        ((JsonArray)await JsonAsync(await SendAsync(http, HttpMethod.Get, $"account/{accountId}/disks", key))).Should().BeEmpty();
        (await http.PostAsync("token", Json("""{"login": "me@example.com", "password": "pw"}"""))).StatusCode.Should().Be(HttpStatusCode.OK);

        var id = await AccountIdAsync(http);
        var disk = (long)(await JsonAsync(await SendAsync(http, HttpMethod.Get, $"account/{id}/disks?mount_point=/var", ApiKey)))[0]!["id"]!;
        (await SendAsync(http, HttpMethod.Delete, $"account/{id}/disk/{disk}", ApiKey)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await control.PostAsync("/reset");

        // The account is made again by the reset, with a new id (ids are never reused): ask GET /accounts again.
        var again = await AccountIdAsync(http);
        ((JsonArray)await JsonAsync(await SendAsync(http, HttpMethod.Get, $"account/{again}/disks", ApiKey))).Should().HaveCount(3, "a reset makes the configured VMs again");
    }

    private static async Task<long> AccountIdAsync(HttpClient http) =>
        (long)(await JsonAsync(await SendAsync(http, HttpMethod.Get, "accounts", $"Bearer {ApiKey}")))[0]!["id"]!;

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? authorization, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Json(body) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await http.SendAsync(request);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private static async Task<JsonNode> JsonAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}
