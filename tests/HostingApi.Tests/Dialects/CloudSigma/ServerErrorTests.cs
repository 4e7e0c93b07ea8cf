using System.Net;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Dialects.CloudSigma;

public sealed class ServerErrorTests
{
    [Fact]
    public async Task An_unknown_server_uuid_is_404_notexist_on_every_call()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var uuid = Guid.NewGuid();

        foreach (var answer in new[]
        {
            await client.GetAsync($"servers/{uuid}/"),
            await client.PutAsync($"servers/{uuid}/", new { name = "x" }),
            await client.DeleteAsync($"servers/{uuid}/"),
            await client.PostAsync($"servers/{uuid}/action/?do=start", null),
        })
        {
            answer.Status.Should().Be(HttpStatusCode.NotFound);
            answer.Error["error_type"]!.GetValue<string>().Should().Be("notexist");
        }
    }

    [Fact]
    public async Task An_unknown_drive_in_a_definition_is_404_and_nothing_is_made()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var missing = Guid.NewGuid().ToString();

        var refused = await client.PostAsync("servers/", new
        {
            name = "s", cpu = 1000, mem = 536870912L, vnc_password = "x",
            drives = new[] { new { dev_channel = "0:0", device = "virtio", drive = missing } },
        });

        refused.Status.Should().Be(HttpStatusCode.NotFound);
        refused.Error["error_message"]!.GetValue<string>().Should().Contain(missing);
        (await client.GetAsync("servers/")).Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Bad_json_missing_and_bad_fields_are_400_validation_naming_the_field()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var drive = await client.CreateDriveAsync();

        var json = await client.PostAsync("servers/", "{\"name\": ");
        var missing = await client.PostAsync("servers/", new { name = "s", cpu = 1000, mem = 536870912L });
        var cpu = await client.PostAsync("servers/", new { name = "s", cpu = "fast", mem = 536870912L, vnc_password = "x" });
        var device = await client.PostAsync("servers/", new { name = "s", cpu = 1000, mem = 536870912L, vnc_password = "x", drives = new[] { new { dev_channel = "0:0", device = "floppy", drive = drive } } });
        var channel = await client.PostAsync("servers/", new { name = "s", cpu = 1000, mem = 536870912L, vnc_password = "x", drives = new[] { new { dev_channel = "zero", device = "virtio", drive = drive } } });
        var twice = await client.PostAsync("servers/", new
        {
            name = "s", cpu = 1000, mem = 536870912L, vnc_password = "x",
            drives = new[] { new { dev_channel = "0:0", device = "virtio", drive = drive }, new { dev_channel = "0:1", device = "virtio", drive = drive } },
        });
        var action = await client.PostAsync($"servers/{await client.CreateServerAsync()}/action/?do=explode", null);
        var recurse = await client.DeleteAsync($"servers/{await client.CreateServerAsync("t")}/?recurse=everything");

        foreach (var answer in new[] { json, missing, cpu, device, channel, twice, action, recurse })
        {
            answer.Status.Should().Be(HttpStatusCode.BadRequest);
            answer.Error["error_type"]!.GetValue<string>().Should().Be("validation");
        }

        missing.Error["error_point"]!.GetValue<string>().Should().Be("vnc_password");
        missing.Error["error_message"]!.GetValue<string>().Should().Be("This field is required");
        cpu.Error["error_point"]!.GetValue<string>().Should().Be("cpu");
        device.Error["error_point"]!.GetValue<string>().Should().Be("device");
        channel.Error["error_point"]!.GetValue<string>().Should().Be("dev_channel");
        twice.Error["error_point"]!.GetValue<string>().Should().Be("drives");
        action.Error["error_point"]!.GetValue<string>().Should().Be("do");
        recurse.Error["error_point"]!.GetValue<string>().Should().Be("recurse");
        (await client.GetAsync($"drives/{drive}/")).Body!["status"]!.GetValue<string>().Should().Be("unmounted");
    }

    [Fact]
    public async Task Starting_a_running_or_stopping_a_stopped_server_is_403_in_CloudSigmas_words()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var uuid = await client.CreateServerAsync();

        var stopStopped = await client.PostAsync($"servers/{uuid}/action/?do=stop", null);
        await client.PostAsync($"servers/{uuid}/action/?do=start", null);
        var startStarted = await client.PostAsync($"servers/{uuid}/action/?do=start", null);

        stopStopped.Status.Should().Be(HttpStatusCode.Forbidden);
        stopStopped.Error["error_type"]!.GetValue<string>().Should().Be("permission");
        stopStopped.Error["error_message"]!.GetValue<string>().Should().Be("Cannot stop guest in state \"stopped\". Guest should be in state \"started\"");
        startStarted.Status.Should().Be(HttpStatusCode.Forbidden);
        startStarted.Error["error_message"]!.GetValue<string>().Should().Be("Cannot start guest in state \"started\". Guest should be in state \"stopped\"");
    }

    [Fact]
    public async Task A_running_server_cannot_be_deleted_and_a_drive_on_another_server_cannot_be_attached()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var drive = await client.CreateDriveAsync();
        var holder = await client.CreateServerAsync("holder", drive);
        await client.PostAsync($"servers/{holder}/action/?do=start", null);

        var delete = await client.DeleteAsync($"servers/{holder}/");
        var taken = await client.PostAsync("servers/", new
        {
            name = "other", cpu = 1000, mem = 536870912L, vnc_password = "x",
            drives = new[] { new { dev_channel = "0:0", device = "virtio", drive = drive } },
        });

        delete.Status.Should().Be(HttpStatusCode.Forbidden);
        delete.Error["error_type"]!.GetValue<string>().Should().Be("permission");
        (await client.GetAsync($"servers/{holder}/")).Body!["status"]!.GetValue<string>().Should().Be("running");
        taken.Status.Should().Be(HttpStatusCode.Forbidden);
        taken.Error["error_message"]!.GetValue<string>().Should().Be("The drive is in use by a server");
    }

    [Fact]
    public async Task Going_over_the_core_or_memory_quota_is_402_billing()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var uuid = await client.CreateServerAsync();

        var cores = await client.PostAsync("servers/", new { name = "big", cpu = 200000, mem = 536870912L, vnc_password = "x" });
        var memory = await client.PutAsync($"servers/{uuid}/", new { mem = 1L << 40 });

        cores.Status.Should().Be(HttpStatusCode.PaymentRequired);
        cores.Error["error_type"]!.GetValue<string>().Should().Be("billing");
        memory.Status.Should().Be(HttpStatusCode.PaymentRequired);
        (await client.GetAsync("servers/?limit=0")).Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(1);
        (await client.GetAsync($"servers/{uuid}/")).Body!["mem"]!.GetValue<long>().Should().Be(536870912L);
    }

    [Fact]
    public async Task A_held_create_makes_a_start_wait_with_503_concurrency()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var client = CloudSigmaClient.For(server);
        await control.PutAsync("/policies", new { @default = new { mode = "Held" } });
        var uuid = await client.CreateServerAsync();

        var start = await client.PostAsync($"servers/{uuid}/action/?do=start", null);

        (await client.GetAsync($"servers/{uuid}/")).Body!["status"]!.GetValue<string>().Should().Be("stopped");
        start.Status.Should().Be(HttpStatusCode.ServiceUnavailable);
        start.Error["error_type"]!.GetValue<string>().Should().Be("concurrency");
    }
}
