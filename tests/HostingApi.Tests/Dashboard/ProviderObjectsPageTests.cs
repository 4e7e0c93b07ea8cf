using System.Net;
using System.Text.RegularExpressions;
using HostingApi.Core.Domain;
using HostingApi.Core.Services;
using HostingApi.Core.Tenancy;
using HostingApi.Tests.Dialects.CloudSigma;
using HostingApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HostingApi.Tests.Dashboard;

/// <summary>
/// Which kinds an account's page shows, and that looking moves nothing (no browser needed): a Gandi account
/// keeps the core's kinds, another provider's kind is not found on it, a CloudSigma account's servers are its
/// core VMs (<c>stopped</c>, <c>running</c>), and a page shows a drive <c>creating</c> until a client's read finishes it.
/// </summary>
public sealed partial class ProviderObjectsPageTests
{
    [Fact]
    public async Task A_gandi_account_shows_the_core_kinds_and_no_other_providers_kind()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var http = new HttpClient { BaseAddress = server.RootUri };
        var (_, gandi) = await control.PostAsync("/accounts", new { model = "rating" });
        var id = (int)gandi!["account_id"]!;
        var disk = (long)(await server.CallAsync("hosting.disk.create", (string)gandi["apikey"]!, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["name"] = "gandidisk" })).Struct["disk_id"]!;

        var page = await http.GetStringAsync($"_emulator/ui/accounts/{id}");

        page.Should().Contain(">Hosting</h2>").And.Contain("Disks (1)").And.Contain("Interfaces (0)").And.Contain("VLANs (0)")
            .And.NotContain("Drives").And.NotContain("Virtual machines");
        (await http.GetAsync($"_emulator/ui/accounts/{id}/disks/{disk}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await http.GetAsync($"_emulator/ui/accounts/{id}/drives/{disk}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "drives are CloudSigma's kind");
    }

    [Fact]
    public async Task Looking_finishes_nothing_a_drive_shows_creating_until_a_clients_read_finishes_it()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var http = new HttpClient { BaseAddress = server.RootUri };
        var (_, account) = await control.PostAsync("/accounts", new { provider = "cloudsigma", email = "look@example.com", password = "pw" });
        using var client = CloudSigmaClient.For(server, "look@example.com", "pw");
        var id = (int)account!["account_id"]!;
        var uuid = await client.CreateDriveAsync("looked");

        var before = await http.GetStringAsync($"_emulator/ui/accounts/{id}");
        var again = await http.GetStringAsync($"_emulator/ui/accounts/{id}");
        var read = (await client.GetAsync($"drives/{uuid}/")).Body!["status"]!.GetValue<string>();
        var after = await http.GetStringAsync($"_emulator/ui/accounts/{id}");

        StateOf(before, "looked").Should().Be("creating", "the Instant create is finished by the client's next read, not by the dashboard");
        StateOf(again, "looked").Should().Be("creating");
        read.Should().Be("unmounted");
        StateOf(after, "looked").Should().Be("unmounted");
    }

    [Fact]
    public async Task A_cloudsigma_accounts_servers_are_its_core_vms_stopped_until_made_then_running()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var http = new HttpClient { BaseAddress = server.RootUri };
        var (_, account) = await control.PostAsync("/accounts", new { provider = "cloudsigma", email = "srv@example.com", password = "pw" });
        var handle = (string)account!["handle"]!;
        var id = (int)account["account_id"]!;
        var image = (long)((Dictionary<string, object?>)(await server.CallAsync("hosting.image.list", HostingApiFactory.DefaultKey, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Array[0]!)["disk_id"]!;
        var tenant = new Tenant(id, handle, Providers.CloudSigma);
        int vm;
        using (var scope = server.Services.CreateScope())
        {
            var vms = scope.ServiceProvider.GetRequiredService<VmService>();
            var queued = await vms.CreateFromAsync(tenant, new VmSpec(3, "srv1", 1024, 2, null, null, null, null, null, null, null), new DiskSpec(3, null, null, null), (int)image);
            vm = queued.First(o => o.VmId is not null).VmId!.Value;
        }

        var made = await http.GetStringAsync($"_emulator/ui/accounts/{id}");
        using (var scope = server.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<VmService>().InfoAsync(tenant, vm); // a client's read: the Instant create finishes
        }

        var running = await http.GetStringAsync($"_emulator/ui/accounts/{id}");
        var detail = await http.GetStringAsync($"_emulator/ui/accounts/{id}/servers/{vm}");

        made.Should().Contain("Servers (1)").And.Contain("Drives (1)");
        StateOf(made, "srv1").Should().Be("stopped");
        StateOf(running, "srv1").Should().Be("running");
        detail.Should().Contain("1073741824 bytes (1 GiB)", "mem in bytes").And.Contain("vm_create").And.Contain("<span class=\"state\">running</span>");
    }

    // The state cell of the row whose name cell is <paramref name="name"/>.
    private static string StateOf(string page, string name) =>
        Row().Matches(page).Where(m => m.Groups["name"].Value == name).Select(m => m.Groups["state"].Value).Single();

    [GeneratedRegex("""<td>(?<name>[^<]*)</td>\s*<td><span class="state">(?<state>[^<]*)</span></td>""")]
    private static partial Regex Row();
}
