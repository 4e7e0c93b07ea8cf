using System.Net;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Dialects.CloudSigma;

public sealed class DriveErrorTests
{
    [Fact]
    public async Task Bad_credentials_get_401_in_CloudSigmas_shape()
    {
        await using var server = new HostingApiFactory();
        using var wrong = CloudSigmaClient.For(server, password: "nope");
        using var none = new HttpClient { BaseAddress = new Uri(server.RootUri, "api/2.0/") };

        var refused = await wrong.GetAsync("drives/");
        var anonymous = await none.GetAsync("drives/");

        refused.Status.Should().Be(HttpStatusCode.Unauthorized);
        refused.Error["error_type"]!.GetValue<string>().Should().Be("permission");
        refused.Error.AsObject().Select(p => p.Key).Should().BeEquivalentTo("error_point", "error_type", "error_message");
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        anonymous.Headers.WwwAuthenticate.ToString().Should().StartWith("Basic");
    }

    [Fact]
    public async Task An_unknown_uuid_is_404_notexist()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);
        var uuid = Guid.NewGuid();

        foreach (var answer in new[]
        {
            await client.GetAsync($"drives/{uuid}/"),
            await client.PutAsync($"drives/{uuid}/", new { name = "x" }),
            await client.DeleteAsync($"drives/{uuid}/"),
            await client.PostAsync($"drives/{uuid}/action/?do=clone", null),
            await client.GetAsync("nothing-here/"),
        })
        {
            answer.Status.Should().Be(HttpStatusCode.NotFound);
            answer.Error["error_type"]!.GetValue<string>().Should().Be("notexist");
        }
    }

    [Fact]
    public async Task Bad_json_and_bad_fields_are_400_validation_naming_the_field()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);

        var json = await client.PostAsync("drives/", "{\"name\": ");
        var missing = await client.PostAsync("drives/", new { name = "a", media = "disk" });
        var media = await client.PostAsync("drives/", new { name = "a", size = 1000, media = "tape" });
        var size = await client.PostAsync("drives/", new { name = "a", size = "big", media = "disk" });
        var action = await client.PostAsync($"drives/{await client.CreateDriveAsync()}/action/?do=explode", null);

        json.Status.Should().Be(HttpStatusCode.BadRequest);
        json.Error["error_type"]!.GetValue<string>().Should().Be("validation");
        missing.Error["error_point"]!.GetValue<string>().Should().Be("size");
        missing.Error["error_message"]!.GetValue<string>().Should().Be("This field is required");
        media.Error["error_point"]!.GetValue<string>().Should().Be("media");
        size.Error["error_point"]!.GetValue<string>().Should().Be("size");
        action.Status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Going_over_the_disk_quota_is_402_billing_and_creates_nothing()
    {
        await using var server = new HostingApiFactory();
        using var client = CloudSigmaClient.For(server);

        var refused = await client.PostAsync("drives/", new { objects = new[] { new { name = "a", size = 1L << 30, media = "disk" }, new { name = "b", size = 1L << 42, media = "disk" } } });

        refused.Status.Should().Be(HttpStatusCode.PaymentRequired);
        refused.Error["error_type"]!.GetValue<string>().Should().Be("billing");
        (await client.GetAsync("drives/?limit=0")).Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task A_Gandi_account_cannot_sign_in_to_CloudSigma()
    {
        // An account belongs to one provider: another provider's login answers as a wrong password.
        await using var server = new HostingApiFactory();
        using var cloudsigma = CloudSigmaClient.For(server);
        using var gandi = CloudSigmaClient.For(server, "HA1-GANDI", "hostingapi");
        await cloudsigma.CreateDriveAsync();

        (await gandi.GetAsync("drives/?limit=0")).Status.Should().Be(System.Net.HttpStatusCode.Unauthorized);
    }
}
