using System.Net;
using System.Text.RegularExpressions;
using HostingApi.Tests.Dialects.CloudSigma;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Dashboard;

/// <summary>
/// Which kinds an account's page shows, and that looking moves nothing (no browser needed): a Gandi account
/// keeps the core's kinds, another provider's kind is not found on it, a CloudSigma account's servers show the
/// API's words (<c>stopped</c>, <c>starting</c>, <c>running</c>), and a page shows a drive <c>creating</c> until a client's read finishes it.
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
    public async Task A_cloudsigma_server_shows_in_its_apis_words_stopped_then_starting_then_running_with_its_drive_mounted_on_it()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var http = new HttpClient { BaseAddress = server.RootUri };
        var (_, account) = await control.PostAsync("/accounts", new { provider = "cloudsigma", email = "srv@example.com", password = "pw" });
        using var client = CloudSigmaClient.For(server, "srv@example.com", "pw");
        var id = (int)account!["account_id"]!;
        var drive = await client.CreateDriveAsync("boot");
        var uuid = await client.CreateServerAsync("srv1", drive);
        var vm = (await control.GetAsync($"/operations?account={(string)account["apikey"]!}")).Body!.AsArray().First(o => (string?)o!["type"] == "vm_create")!["vm_id"]!.GetValue<int>();
        await client.GetAsync($"servers/{uuid}/"); // a client's read: the Instant create is done

        var stopped = await http.GetStringAsync($"_emulator/ui/accounts/{id}");
        await control.PutAsync("/policies", new { @default = new { mode = "Held" } });
        await client.PostAsync($"servers/{uuid}/action/?do=start", null);
        var starting = await http.GetStringAsync($"_emulator/ui/accounts/{id}/servers/{vm}");
        var start = (await control.GetAsync($"/operations?account={(string)account["apikey"]!}&type=vm_start")).Body!.AsArray().Single()!["id"]!.GetValue<int>();
        await control.PostAsync($"/operations/{start}/release");
        var running = await http.GetStringAsync($"_emulator/ui/accounts/{id}");

        stopped.Should().Contain("Servers (1)").And.Contain(uuid).And.Contain("536870912 bytes (0.5 GiB)", "mem in bytes").And.Contain(">1000</td>");
        StateOf(stopped, "srv1").Should().Be("stopped");
        StateOf(stopped, "boot").Should().Be("mounted");
        Regex.Matches(stopped, Regex.Escape(uuid)).Count.Should().Be(2, "the server's uuid, and the drive's mounted_on");
        starting.Should().Contain("<span class=\"state\">starting</span>").And.Contain("vm_start").And.Contain(drive);
        StateOf(running, "srv1").Should().Be("running");
    }

    // The state cell of the row whose name cell is <paramref name="name"/>.
    private static string StateOf(string page, string name) =>
        Row().Matches(page).Where(m => m.Groups["name"].Value == name).Select(m => m.Groups["state"].Value).Single();

    [GeneratedRegex("""<td>(?<name>[^<]*)</td>\s*<td><span class="state">(?<state>[^<]*)</span></td>""")]
    private static partial Regex Row();
}
