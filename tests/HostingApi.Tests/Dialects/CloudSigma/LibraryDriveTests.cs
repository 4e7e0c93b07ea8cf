using System.Net;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Dialects.CloudSigma;

public sealed class LibraryDriveTests
{
    [Fact]
    public async Task Library_drives_are_the_catalogs_images_with_no_owner_and_clone_into_the_account()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);

        var list = await client.GetAsync("libdrives/?limit=0");
        var first = list.Body!["objects"]![0]!;
        var uuid = first["uuid"]!.GetValue<string>();
        var viaDrives = await client.GetAsync($"drives/{uuid}/");
        var clone = await client.PostAsync($"libdrives/{uuid}/action/?do=clone", new { name = "from-library" });
        var cloneViaDrives = await client.PostAsync($"drives/{uuid}/action/?do=clone", new { });

        list.Body["meta"]!["total_count"]!.GetValue<int>().Should().BeGreaterThan(0);
        first["owner"].Should().BeNull();
        first["image_type"]!.GetValue<string>().Should().Be("preinst");
        first["resource_uri"]!.GetValue<string>().Should().Be($"/api/2.0/libdrives/{uuid}/");
        viaDrives.Body!["owner"].Should().BeNull();
        clone.Status.Should().Be(HttpStatusCode.Accepted);
        clone.Body!["objects"]![0]!["status"]!.GetValue<string>().Should().Be("cloning_dst");
        clone.Body["objects"]![0]!["meta"]!["os"]!.GetValue<string>().Should().Be("linux");
        cloneViaDrives.Status.Should().Be(HttpStatusCode.Accepted);
        (await client.GetAsync("drives/?limit=0")).Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(2);
        (await client.GetAsync($"libdrives/{Guid.NewGuid()}/")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Capabilities_name_the_drive_sizes()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);

        var capabilities = await client.GetAsync("capabilities/");

        capabilities.Body!["drives"]!["dssd"]!["min_size"]!.GetValue<long>().Should().Be(536870912);
    }
}
