using System.Net;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Dialects.CloudSigma;

public sealed class TagTests
{
    [Fact]
    public async Task A_tag_created_with_resources_shows_them_and_the_drive_and_server_show_the_tag()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var drive = await client.CreateDriveAsync();
        var node = await client.CreateServerAsync();

        var created = await client.PostAsync("tags/", new { objects = new[] { new { name = "prod", resources = new[] { drive, node }, meta = new { team = "ops" } } } });

        created.Status.Should().Be(HttpStatusCode.Created);
        var tag = created.Body!["objects"]!.AsArray().Should().ContainSingle().Subject!;
        var uuid = tag["uuid"]!.GetValue<string>();
        tag["name"]!.GetValue<string>().Should().Be("prod");
        tag["meta"]!["team"]!.GetValue<string>().Should().Be("ops");
        tag["resource_uri"]!.GetValue<string>().Should().Be($"/api/2.0/tags/{uuid}/");
        tag["resources"]!.AsArray().Select(r => (r!["res_type"]!.GetValue<string>(), r["uuid"]!.GetValue<string>()))
            .Should().BeEquivalentTo([("drives", drive), ("servers", node)]);
        tag["resources"]![0]!["resource_uri"]!.GetValue<string>().Should().Be($"/api/2.0/drives/{drive}/");
        (await client.GetAsync($"drives/{drive}/")).Body!["tags"]![0]!["uuid"]!.GetValue<string>().Should().Be(uuid);
        (await client.GetAsync($"servers/{node}/")).Body!["tags"]![0]!["uuid"]!.GetValue<string>().Should().Be(uuid);
        (await client.GetAsync($"tags/{uuid}/servers/detail/")).Body!["objects"]!.AsArray().Should().ContainSingle().Which!["uuid"]!.GetValue<string>().Should().Be(node);
        (await client.GetAsync($"tags/{uuid}/drives/")).Body!["objects"]!.AsArray().Should().ContainSingle().Which!["uuid"]!.GetValue<string>().Should().Be(drive);
    }

    [Fact]
    public async Task The_tag_filter_lists_the_drives_and_servers_carrying_any_of_the_tags()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var tagged = await client.CreateDriveAsync("tagged");
        await client.CreateDriveAsync("plain");
        var node = await client.CreateServerAsync();
        await client.CreateServerAsync("other");
        var uuid = (await client.PostAsync("tags/", new { name = "t", resources = new[] { tagged, node } })).Body!["objects"]![0]!["uuid"]!.GetValue<string>();

        var drives = await client.GetAsync($"drives/detail/?tag={uuid}&limit=0");
        var servers = await client.GetAsync($"servers/?tag={uuid},{Guid.NewGuid()}");
        var page = await client.GetAsync($"drives/?tag={uuid}&offset=1");

        drives.Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(1);
        drives.Body["objects"]![0]!["uuid"]!.GetValue<string>().Should().Be(tagged);
        servers.Body!["objects"]!.AsArray().Should().ContainSingle().Which!["uuid"]!.GetValue<string>().Should().Be(node);
        page.Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(1);
        page.Body["objects"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Resources_beside_the_objects_apply_to_each_tag_created_as_libcloud_sends_them()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var drive = await client.CreateDriveAsync();

        var created = await client.PostAsync("tags/", new { objects = new[] { new { name = "a" }, new { name = "b" } }, resources = new[] { drive } });

        created.Body!["objects"]!.AsArray().Should().HaveCount(2).And.AllSatisfy(t => t!["resources"]!.AsArray().Should().ContainSingle());
        (await client.GetAsync($"drives/{drive}/")).Body!["tags"]!.AsArray().Should().HaveCount(2);
    }

    [Fact]
    public async Task List_detail_and_get_answer_the_same_full_tags()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var made = await client.PostAsync("tags/", new[] { new { name = "x" }, new { name = "y" } });
        var uuid = made.Body!["objects"]![1]!["uuid"]!.GetValue<string>();

        var list = await client.GetAsync("tags/?limit=0");
        var detail = await client.GetAsync("tags/detail/?limit=1&offset=1");
        var got = await client.GetAsync($"tags/{uuid}/?limit=0");

        list.Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(2);
        list.Body["objects"]![0]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo("meta", "name", "owner", "resource_uri", "resources", "uuid");
        detail.Body!["objects"]!.AsArray().Should().ContainSingle().Which!["uuid"]!.GetValue<string>().Should().Be(uuid);
        got.Status.Should().Be(HttpStatusCode.OK);
        got.Body!["name"]!.GetValue<string>().Should().Be("y");
    }

    [Fact]
    public async Task Editing_the_resources_list_replaces_what_the_tag_names_on_both_sides()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var first = await client.CreateDriveAsync("first");
        var second = await client.CreateDriveAsync("second");
        var uuid = (await client.PostAsync("tags/", new { name = "t", resources = new[] { first } })).Body!["objects"]![0]!["uuid"]!.GetValue<string>();

        var edited = await client.PutAsync($"tags/{uuid}/", new { name = "renamed", resources = new[] { second } });
        var renamedOnly = await client.PutAsync($"tags/{uuid}/", new { name = "again" });

        edited.Status.Should().Be(HttpStatusCode.OK);
        edited.Body!["name"]!.GetValue<string>().Should().Be("renamed");
        edited.Body["resources"]!.AsArray().Should().ContainSingle().Which!["uuid"]!.GetValue<string>().Should().Be(second);
        renamedOnly.Body!["resources"]!.AsArray().Should().ContainSingle();
        (await client.GetAsync($"drives/{first}/")).Body!["tags"]!.AsArray().Should().BeEmpty();
        (await client.GetAsync($"drives/{second}/")).Body!["tags"]![0]!["uuid"]!.GetValue<string>().Should().Be(uuid);
    }

    [Fact]
    public async Task Tagging_from_the_drive_side_shows_on_the_tag_and_a_deleted_tag_leaves_no_trace()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var drive = await client.CreateDriveAsync();
        var node = await client.CreateServerAsync();
        var uuid = (await client.PostAsync("tags/", new { name = "t" })).Body!["objects"]![0]!["uuid"]!.GetValue<string>();

        await client.PutAsync($"drives/{drive}/", new { tags = new[] { uuid } });
        await client.PutAsync($"servers/{node}/", new { tags = new[] { new { uuid } } });
        var tagged = await client.GetAsync($"tags/{uuid}/");
        var deleted = await client.DeleteAsync($"tags/{uuid}/");

        tagged.Body!["resources"]!.AsArray().Should().HaveCount(2);
        deleted.Status.Should().Be(HttpStatusCode.NoContent);
        (await client.GetAsync($"tags/{uuid}/")).Status.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("tags/")).Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(0);
        (await client.GetAsync($"drives/{drive}/")).Body!["tags"]!.AsArray().Should().BeEmpty();
        (await client.GetAsync($"servers/{node}/")).Body!["tags"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Unknown_uuids_are_404_and_bad_fields_400()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var drive = await client.CreateDriveAsync();
        var missing = Guid.NewGuid().ToString();
        var uuid = (await client.PostAsync("tags/", new { name = "t" })).Body!["objects"]![0]!["uuid"]!.GetValue<string>();

        foreach (var answer in new[]
        {
            await client.GetAsync($"tags/{missing}/"),
            await client.PutAsync($"tags/{missing}/", new { name = "x" }),
            await client.DeleteAsync($"tags/{missing}/"),
            await client.GetAsync($"tags/{missing}/servers/"),
            await client.PutAsync($"tags/{uuid}/", new { resources = new[] { missing } }),
            await client.PostAsync("tags/", new { name = "u", resources = new[] { drive, missing } }),
            await client.PutAsync($"drives/{drive}/", new { tags = new[] { missing } }),
        })
        {
            answer.Status.Should().Be(HttpStatusCode.NotFound);
            answer.Error["error_type"]!.GetValue<string>().Should().Be("notexist");
        }

        var noName = await client.PostAsync("tags/", new { objects = new[] { new { meta = new { } } } });
        var badResources = await client.PutAsync($"tags/{uuid}/", new { resources = "all" });
        var json = await client.PostAsync("tags/", "[{");

        noName.Status.Should().Be(HttpStatusCode.BadRequest);
        noName.Error["error_point"]!.GetValue<string>().Should().Be("name");
        badResources.Error["error_point"]!.GetValue<string>().Should().Be("resources");
        json.Error["error_type"]!.GetValue<string>().Should().Be("validation");
        (await client.GetAsync("tags/")).Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(1);
        (await client.GetAsync($"drives/{drive}/")).Body!["tags"]!.AsArray().Should().BeEmpty();
    }
}
