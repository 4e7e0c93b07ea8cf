using System.Net;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Dialects.CloudSigma;

/// <summary>The control plane applies to CloudSigma's API as to Gandi's: per-test accounts, reset, held operations.</summary>
public sealed class ControlPlaneTests
{
    [Fact]
    public async Task A_per_test_cloudsigma_account_signs_in_with_its_email_and_sees_only_its_drives()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var shared = CloudSigmaClient.For(server);
        await shared.CreateDriveAsync();

        var (status, account) = await control.PostAsync("/accounts", new { provider = "cloudsigma", email = "t1@example.com", password = "pw" });
        var (refused, _) = await control.PostAsync("/accounts", new { provider = "cloudsigma", password = "pw" });
        using var mine = CloudSigmaClient.For(server, "t1@example.com", "pw");
        var before = await mine.GetAsync("drives/?limit=0");
        await mine.CreateDriveAsync();
        var (deleted, _) = await control.DeleteAsync($"/accounts/{account!["apikey"]!.GetValue<string>()}");
        var after = await mine.GetAsync("drives/?limit=0");

        status.Should().Be(HttpStatusCode.Created);
        account["provider"]!.GetValue<string>().Should().Be("cloudsigma");
        refused.Should().Be(HttpStatusCode.BadRequest);
        before.Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(0);
        deleted.Should().Be(HttpStatusCode.NoContent);
        after.Status.Should().Be(HttpStatusCode.Unauthorized);
        (await shared.GetAsync("drives/?limit=0")).Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Reset_removes_the_drives_and_a_held_create_stays_creating()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var client = CloudSigmaClient.For(server);
        await client.CreateDriveAsync();

        var (reset, _) = await control.PostAsync("/reset");
        var (held, _) = await control.PutAsync("/policies", new { @default = new { mode = "Held" } });
        var uuid = await client.CreateDriveAsync();
        var drive = await client.GetAsync($"drives/{uuid}/");

        reset.Should().Be(HttpStatusCode.OK);
        held.Should().Be(HttpStatusCode.OK);
        drive.Body!["status"]!.GetValue<string>().Should().Be("creating");
        (await client.GetAsync("drives/?limit=0")).Body!["meta"]!["total_count"]!.GetValue<int>().Should().Be(1);
    }
}
