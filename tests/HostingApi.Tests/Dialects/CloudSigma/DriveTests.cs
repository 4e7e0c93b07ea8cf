using System.Net;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Dialects.CloudSigma;

public sealed class DriveTests
{
    [Fact]
    public async Task A_new_drive_is_creating_in_the_answer_and_unmounted_once_done()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);

        var created = await client.PostAsync("drives/", new { name = "test_drive_0", size = "1024000000", media = "disk" });

        created.Status.Should().Be(HttpStatusCode.Created);
        var drive = created.Body!["objects"]!.AsArray().Should().ContainSingle().Subject!;
        drive["status"]!.GetValue<string>().Should().Be("creating");
        drive["size"]!.GetValue<long>().Should().Be(1024000000);
        drive["storage_type"].Should().BeNull();
        drive["runtime"]!["is_snapshotable"].Should().BeNull();
        var uuid = drive["uuid"]!.GetValue<string>();
        Guid.TryParse(uuid, out _).Should().BeTrue();
        drive["resource_uri"]!.GetValue<string>().Should().Be($"/api/2.0/drives/{uuid}/");

        var got = await client.GetAsync($"drives/{uuid}/?limit=0");
        got.Status.Should().Be(HttpStatusCode.OK);
        got.ContentType.Should().Be("application/json; charset=utf-8");
        got.Body!["status"]!.GetValue<string>().Should().Be("unmounted");
        got.Body["storage_type"]!.GetValue<string>().Should().Be("dssd");
        got.Body["name"]!.GetValue<string>().Should().Be("test_drive_0");
        got.Body["media"]!.GetValue<string>().Should().Be("disk");
        got.Body["owner"]!["uuid"]!.GetValue<string>().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Several_drives_are_created_from_the_objects_envelope_or_a_bare_list()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);

        var wrapped = await client.PostAsync("drives/", new { objects = new[] { new { name = "a", size = 1073741824L, media = "disk" }, new { name = "b", size = 2147483648L, media = "cdrom" } } });
        var bare = await client.PostAsync("drives/", new[] { new { name = "c", size = 1073741824L, media = "disk" } });

        wrapped.Status.Should().Be(HttpStatusCode.Created);
        wrapped.Body!["objects"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()).Should().Equal("a", "b");
        wrapped.Body["objects"]![1]!["media"]!.GetValue<string>().Should().Be("cdrom");
        bare.Body!["objects"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task Lists_page_with_limit_offset_and_total_count_and_select_fields()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        foreach (var name in new[] { "x1", "x2", "y3" })
        {
            await client.CreateDriveAsync(name);
        }

        var all = await client.GetAsync("drives/?limit=0");
        var page = await client.GetAsync("drives/detail/?limit=1&offset=1");
        var fields = await client.GetAsync("drives/?fields=uuid,status&limit=0");
        var named = await client.GetAsync("drives/detail/?name=x1,y3");
        var contains = await client.GetAsync("drives/detail/?name__contains=x");

        all.Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(3);
        all.Body["objects"]![0]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo("owner", "resource_uri", "status", "uuid");
        page.Body!["meta"]!["limit"]!.GetValue<int>().Should().Be(1);
        page.Body["meta"]!["offset"]!.GetValue<int>().Should().Be(1);
        page.Body["meta"]!["total_count"]!.GetValue<int>().Should().Be(3);
        page.Body["objects"]!.AsArray().Should().ContainSingle().Which!["name"]!.GetValue<string>().Should().Be("x2");
        fields.Body!["objects"]!.AsArray().Should().AllSatisfy(o => o!.AsObject().Select(p => p.Key).Should().BeEquivalentTo("uuid", "status"));
        named.Body!["objects"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()).Should().Equal("x1", "y3");
        contains.Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task Edit_changes_name_media_and_meta_and_a_size_change_answers_resizing()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var uuid = await client.CreateDriveAsync();

        var edited = await client.PutAsync($"drives/{uuid}/", new { name = "test_drive_y", media = "cdrom", size = 1024000000L, meta = new { description = "x" } });
        var resized = await client.PutAsync($"drives/{uuid}/", new { name = "test_drive_y", media = "cdrom", size = 2048000000L });
        var after = await client.GetAsync($"drives/{uuid}/");

        edited.Status.Should().Be(HttpStatusCode.OK);
        edited.Body!["name"]!.GetValue<string>().Should().Be("test_drive_y");
        edited.Body["media"]!.GetValue<string>().Should().Be("cdrom");
        edited.Body["status"]!.GetValue<string>().Should().Be("unmounted");
        edited.Body["meta"]!["description"]!.GetValue<string>().Should().Be("x");
        resized.Body!["status"]!.GetValue<string>().Should().Be("resizing");
        after.Body!["status"]!.GetValue<string>().Should().Be("unmounted");
        after.Body["size"]!.GetValue<long>().Should().Be(2048000000);
        after.Body["meta"]!["description"]!.GetValue<string>().Should().Be("x");
    }

    [Fact]
    public async Task The_resize_action_takes_a_full_definition_and_answers_202_with_objects()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var uuid = await client.CreateDriveAsync();
        var definition = (await client.GetAsync($"drives/{uuid}/")).Body!.AsObject();
        definition["size"] = 4294967296L;

        var resized = await client.PostAsync($"drives/{uuid}/action/?do=resize", definition.ToJsonString());
        var shrink = await client.PostAsync($"drives/{uuid}/action/?do=resize", new { name = "d1", size = 1024L, media = "disk" });

        resized.Status.Should().Be(HttpStatusCode.Accepted);
        resized.Body!["objects"]![0]!["status"]!.GetValue<string>().Should().Be("resizing");
        (await client.GetAsync($"drives/{uuid}/")).Body!["size"]!.GetValue<long>().Should().Be(4294967296L);
        shrink.Status.Should().Be(HttpStatusCode.BadRequest);
        shrink.Error["error_type"]!.GetValue<string>().Should().Be("validation");
        shrink.Error["error_point"]!.GetValue<string>().Should().Be("size");
    }

    [Fact]
    public async Task Clone_answers_cloning_dst_and_the_copy_becomes_unmounted()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var uuid = await client.CreateDriveAsync();
        await client.PutAsync($"drives/{uuid}/", new { meta = new { os = "linux" } });

        var named = await client.PostAsync($"drives/{uuid}/action/?do=clone", new { name = "test_drive_y", media = "cdrom", affinities = Array.Empty<string>() });
        var unnamed = await client.PostAsync($"drives/{uuid}/action/?do=clone", null);

        named.Status.Should().Be(HttpStatusCode.Accepted);
        var copy = named.Body!["objects"]![0]!;
        copy["status"]!.GetValue<string>().Should().Be("cloning_dst");
        copy["name"]!.GetValue<string>().Should().Be("test_drive_y");
        copy["media"]!.GetValue<string>().Should().Be("cdrom");
        copy["meta"]!["os"]!.GetValue<string>().Should().Be("linux");
        unnamed.Body!["objects"]![0]!["name"]!.GetValue<string>().Should().Be("d1");
        var got = await client.GetAsync($"drives/{copy["uuid"]!.GetValue<string>()}/");
        got.Body!["status"]!.GetValue<string>().Should().Be("unmounted");
        got.Body["size"]!.GetValue<long>().Should().Be(1024000000);
    }

    [Fact]
    public async Task Delete_answers_204_and_the_drive_is_gone_one_or_several()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var one = await client.CreateDriveAsync("a");
        var two = await client.CreateDriveAsync("b");
        var three = await client.CreateDriveAsync("c");

        var deleted = await client.DeleteAsync($"drives/{one}/");
        var bulk = await client.DeleteAsync("drives/", "{\"objects\": [{\"uuid\": \"" + two + "\",}, {\"uuid\": \"" + three + "\",},]}");

        deleted.Status.Should().Be(HttpStatusCode.NoContent);
        bulk.Status.Should().Be(HttpStatusCode.NoContent);
        (await client.GetAsync($"drives/{one}/")).Status.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("drives/?limit=0")).Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task The_schema_is_the_seeds()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);

        var schema = await client.GetAsync("drives/schema/");

        schema.Status.Should().Be(HttpStatusCode.OK);
        schema.Body!["default_limit"]!.GetValue<int>().Should().Be(20);
        schema.Body["fields"]!["media"]!["choices"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("cdrom", "disk");
    }

    [Fact]
    public async Task Availability_groups_hold_the_accounts_drives()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var one = await client.CreateDriveAsync("a");
        var two = await client.CreateDriveAsync("b");

        var groups = await client.GetAsync("drives/availability_groups/");
        var group = await client.GetAsync($"drives/availability_groups/{one}/");

        groups.Body!.AsArray().Should().ContainSingle().Which!.AsArray().Select(u => u!.GetValue<string>()).Should().Equal(one, two);
        group.Body!.AsArray().Select(u => u!.GetValue<string>()).Should().Equal(two);
    }
}
