using System.Net;
using System.Text.Json.Nodes;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Dialects.CloudSigma;

public sealed class ServerTests
{
    [Fact]
    public async Task A_new_server_is_stopped_with_its_drive_mounted_and_its_drive_entries_are_objects()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var drive = await client.CreateDriveAsync();

        var created = await client.PostAsync("servers/", new
        {
            name = "web",
            cpu = 2000,
            mem = 1073741824L,
            vnc_password = "pw",
            meta = new { role = "web" },
            nics = new[] { new { ip_v4_conf = new { conf = "dhcp" }, ip_v6_conf = (object?)null, boot_order = (int?)null } },
            drives = new[] { new { boot_order = 1, dev_channel = "0:0", device = "virtio", drive = drive } },
        });

        created.Status.Should().Be(HttpStatusCode.Created);
        var answer = created.Body!["objects"]!.AsArray().Should().ContainSingle().Subject!;
        var uuid = answer["uuid"]!.GetValue<string>();
        answer["status"]!.GetValue<string>().Should().Be("stopped");
        answer["cpu"]!.GetValue<long>().Should().Be(2000);
        answer["mem"]!.GetValue<long>().Should().Be(1073741824L);
        answer["smp"]!.GetValue<int>().Should().Be(1);
        answer["vnc_password"]!.GetValue<string>().Should().Be("pw");
        answer["meta"]!["role"]!.GetValue<string>().Should().Be("web");
        answer["runtime"].Should().BeNull();
        answer["resource_uri"]!.GetValue<string>().Should().Be($"/api/2.0/servers/{uuid}/");
        var entry = answer["drives"]!.AsArray().Should().ContainSingle().Subject!;
        entry["boot_order"]!.GetValue<int>().Should().Be(1);
        entry["dev_channel"]!.GetValue<string>().Should().Be("0:0");
        entry["device"]!.GetValue<string>().Should().Be("virtio");
        entry["drive"]!["uuid"]!.GetValue<string>().Should().Be(drive);
        entry["drive"]!["resource_uri"]!.GetValue<string>().Should().Be($"/api/2.0/drives/{drive}/");
        answer["nics"]![0]!["ip_v4_conf"]!["conf"]!.GetValue<string>().Should().Be("dhcp");
        answer["nics"]![0]!["runtime"].Should().BeNull();

        var mounted = await client.GetAsync($"drives/{drive}/");
        mounted.Body!["status"]!.GetValue<string>().Should().Be("mounted");
        mounted.Body["mounted_on"]![0]!["uuid"]!.GetValue<string>().Should().Be(uuid);
        (await client.GetAsync($"servers/{uuid}/?limit=0")).Body!["drives"]![0]!["drive"]!["uuid"]!.GetValue<string>().Should().Be(drive);
    }

    [Fact]
    public async Task Several_servers_are_created_from_the_objects_envelope_and_listed_short_and_in_detail()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);

        var created = await client.PostAsync("servers/", new
        {
            objects = new[]
            {
                new { name = "a", cpu = 1000, mem = "536870912", vnc_password = "x" },
                new { name = "b", cpu = 4000, mem = "1073741824", vnc_password = "y" },
            },
        });
        var list = await client.GetAsync("servers/?limit=0");
        var detail = await client.GetAsync("servers/detail/?limit=1&offset=1");
        var named = await client.GetAsync("servers/detail/?name=a");

        created.Status.Should().Be(HttpStatusCode.Created);
        created.Body!["objects"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()).Should().Equal("a", "b");
        created.Body["objects"]![1]!["smp"]!.GetValue<int>().Should().Be(2);
        list.Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(2);
        list.Body["objects"]![0]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo("name", "owner", "resource_uri", "runtime", "status", "uuid");
        detail.Body!["objects"]!.AsArray().Should().ContainSingle().Which!["name"]!.GetValue<string>().Should().Be("b");
        detail.Body["meta"]!["total_count"]!.GetValue<int>().Should().Be(2);
        named.Body!["objects"]!.AsArray().Should().ContainSingle().Which!["cpu"]!.GetValue<long>().Should().Be(1000);
    }

    [Fact]
    public async Task Start_and_stop_answer_202_and_the_status_follows_the_core()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var uuid = await client.CreateServerAsync();

        var start = await client.PostAsync($"servers/{uuid}/action/?do=start", null);
        var running = await client.GetAsync($"servers/{uuid}/");
        var stop = await client.PostAsync($"servers/{uuid}/action/?do=stop", null);
        var stopped = await client.GetAsync($"servers/{uuid}/");

        start.Status.Should().Be(HttpStatusCode.Accepted);
        start.Body!["action"]!.GetValue<string>().Should().Be("start");
        start.Body["result"]!.GetValue<string>().Should().Be("success");
        start.Body["uuid"]!.GetValue<string>().Should().Be(uuid);
        running.Body!["status"]!.GetValue<string>().Should().Be("running");
        running.Body["runtime"]!["active_since"].Should().NotBeNull();
        var address = running.Body["nics"]![0]!["runtime"]!["ip_v4"]!["uuid"]!.GetValue<string>();
        System.Net.IPAddress.Parse(address).AddressFamily.Should().Be(System.Net.Sockets.AddressFamily.InterNetwork);
        running.Body["runtime"]!["nics"]![0]!["ip_v4"]!["uuid"]!.GetValue<string>().Should().Be(address);
        running.Body["nics"]![0]!["runtime"]!["ip_v6"].Should().BeNull(); // the NIC asks no ip_v6_conf
        stop.Status.Should().Be(HttpStatusCode.Accepted);
        stopped.Body!["status"]!.GetValue<string>().Should().Be("stopped");
        stopped.Body["runtime"].Should().BeNull();
    }

    [Fact]
    public async Task A_held_start_shows_starting_until_the_queue_runs_it()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var client = CloudSigmaClient.For(server);
        var uuid = await client.CreateServerAsync();
        await client.GetAsync($"servers/{uuid}/");

        await control.PutAsync("/policies", new { @default = new { mode = "Held" } });
        await client.PostAsync($"servers/{uuid}/action/?do=start", null);

        (await client.GetAsync($"servers/{uuid}/")).Body!["status"]!.GetValue<string>().Should().Be("starting");
    }

    [Fact]
    public async Task Editing_a_stopped_server_attaches_detaches_and_resizes_through_the_core()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var first = await client.CreateDriveAsync("first");
        var second = await client.CreateDriveAsync("second");
        var uuid = await client.CreateServerAsync("s1", first);
        var definition = (await client.GetAsync($"servers/{uuid}/")).Body!.AsObject();

        // libcloud's attach: the GET answer back whole, one drive appended with the uuid as a string.
        definition["drives"]!.AsArray().Add(new JsonObject { ["boot_order"] = null, ["dev_channel"] = "0:1", ["device"] = "virtio", ["drive"] = second });
        definition["mem"] = 2147483648L;
        definition["name"] = "renamed";
        var attached = await client.PutAsync($"servers/{uuid}/", definition.ToJsonString());

        attached.Status.Should().Be(HttpStatusCode.OK);
        attached.Body!["name"]!.GetValue<string>().Should().Be("renamed");
        attached.Body["mem"]!.GetValue<long>().Should().Be(2147483648L);
        attached.Body["drives"]!.AsArray().Select(d => d!["drive"]!["uuid"]!.GetValue<string>()).Should().Equal(first, second);
        attached.Body["drives"]![1]!["dev_channel"]!.GetValue<string>().Should().Be("0:1");
        (await client.GetAsync($"drives/{second}/")).Body!["status"]!.GetValue<string>().Should().Be("mounted");

        // libcloud's detach: the entries whose drive.uuid is the drive, left out.
        var again = attached.Body.AsObject();
        again["drives"] = new JsonArray([.. again["drives"]!.AsArray().Where(d => d!["drive"]!["uuid"]!.GetValue<string>() != first).Select(d => d!.DeepClone())]);
        var detached = await client.PutAsync($"servers/{uuid}/", again.ToJsonString());

        detached.Body!["drives"]!.AsArray().Should().ContainSingle().Which!["drive"]!["uuid"]!.GetValue<string>().Should().Be(second);
        var free = await client.GetAsync($"drives/{first}/");
        free.Body!["status"]!.GetValue<string>().Should().Be("unmounted");
        free.Body["mounted_on"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task On_a_running_server_only_name_meta_and_tags_change_and_drive_changes_are_ignored()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var drive = await client.CreateDriveAsync();
        var uuid = await client.CreateServerAsync();
        await client.PostAsync($"servers/{uuid}/action/?do=start", null);
        var definition = (await client.GetAsync($"servers/{uuid}/")).Body!.AsObject();

        definition["drives"]!.AsArray().Add(new JsonObject { ["dev_channel"] = "0:0", ["device"] = "virtio", ["drive"] = drive });
        definition["cpu"] = 8000;
        definition["vnc_password"] = "changed";
        definition["name"] = "new-name";
        definition["meta"] = new JsonObject { ["k"] = "v" };
        var edited = await client.PutAsync($"servers/{uuid}/", definition.ToJsonString());

        edited.Status.Should().Be(HttpStatusCode.OK);
        edited.Body!["status"]!.GetValue<string>().Should().Be("running");
        edited.Body["name"]!.GetValue<string>().Should().Be("new-name");
        edited.Body["meta"]!["k"]!.GetValue<string>().Should().Be("v");
        edited.Body["drives"]!.AsArray().Should().BeEmpty();
        edited.Body["cpu"]!.GetValue<long>().Should().Be(1000);
        edited.Body["vnc_password"]!.GetValue<string>().Should().Be("secret");
        (await client.GetAsync($"drives/{drive}/")).Body!["status"]!.GetValue<string>().Should().Be("unmounted");
    }

    [Fact]
    public async Task Delete_detaches_the_drives_and_recurse_deletes_those_of_the_media_asked()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var kept = await client.CreateDriveAsync("kept");
        var plain = await client.CreateServerAsync("plain", kept);
        var disk = await client.CreateDriveAsync("disk");
        var cdrom = (await client.PostAsync("drives/", new { name = "cd", size = 1073741824L, media = "cdrom" })).Body!["objects"]![0]!["uuid"]!.GetValue<string>();
        var recursive = await client.CreateServerAsync("recursive", disk, cdrom);

        var deleted = await client.DeleteAsync($"servers/{plain}/");
        var disksOnly = await client.DeleteAsync($"servers/{recursive}/?recurse=disks");

        deleted.Status.Should().Be(HttpStatusCode.NoContent);
        deleted.ContentType.Should().Be("text/html; charset=utf-8");
        disksOnly.Status.Should().Be(HttpStatusCode.NoContent);
        (await client.GetAsync($"servers/{plain}/")).Status.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("servers/?limit=0")).Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(0);
        (await client.GetAsync($"drives/{kept}/")).Body!["status"]!.GetValue<string>().Should().Be("unmounted");
        (await client.GetAsync($"drives/{disk}/")).Status.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"drives/{cdrom}/")).Body!["status"]!.GetValue<string>().Should().Be("unmounted");
    }

    [Fact]
    public async Task Delete_with_all_drives_deletes_every_attached_drive()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var a = await client.CreateDriveAsync("a");
        var b = await client.CreateDriveAsync("b");
        var uuid = await client.CreateServerAsync("s", a, b);

        (await client.DeleteAsync($"servers/{uuid}/?recurse=all_drives")).Status.Should().Be(HttpStatusCode.NoContent);

        (await client.GetAsync("drives/?limit=0")).Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(0);
    }
}
