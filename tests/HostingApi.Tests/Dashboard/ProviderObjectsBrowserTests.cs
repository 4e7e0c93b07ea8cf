using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using HostingApi.Tests.Dialects.CloudSigma;
using HostingApi.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HostingApi.Tests.Dashboard;

/// <summary>
/// A Gigas and a CloudSigma account's pages in a real browser: objects made over their REST APIs appear
/// without a reload in their provider's own words (Gigas' <c>building</c>/<c>locked</c>, CloudSigma's
/// <c>creating</c>/<c>mounted</c>, a server <c>stopped</c>, uuids), only the provider's kinds are shown, and a drive's detail
/// page holds its operations with their controls.
/// </summary>
public sealed class ProviderObjectsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ChromiumFact]
    public async Task A_gigas_vms_disks_appear_in_gigas_words_and_follow_their_jobs_without_a_reload()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var http = new HttpClient { BaseAddress = server.RootUri };
        var (_, account) = await control.PostAsync("/accounts", new { provider = "gigas", login = "dash@example.com", password = "pw" });
        var key = (string)account!["apikey"]!;
        var accountId = (long)account["account_id"]!;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.RootUri, $"_emulator/ui/accounts/{accountId}").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gigas", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Disks (0)" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Interfaces", Exact = false })).ToHaveCountAsync(0);
        var loaded = await page.EvaluateAsync<double>("performance.timeOrigin");

        await control.PutAsync("/policies", new { @default = new { mode = "Held" } });
        var template = (long)(await GigasAsync(http, HttpMethod.Get, $"account/{accountId}/templates?limit=1", key))[0]!["id"]!;
        var created = await GigasAsync(http, HttpMethod.Post, $"account/{accountId}/virtual_machine", key,
            $$"""{"hostname": "app01", "template_id": {{template}}, "memory": 1024, "cpus": 2, "primary_disk_size": 15, "swap_disk_size": 2}""");
        var vm = (long)created["resource"]!["id"]!;

        var primary = page.GetByRole(AriaRole.Row, new() { Name = "primary disk of app01" });
        await Expect(primary).ToContainTextAsync("building");
        await Expect(primary.GetByRole(AriaRole.Cell)).ToContainTextAsync(["building", "15", "true", vm.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "swap disk of app01" }).GetByRole(AriaRole.Cell)).ToContainTextAsync(["building", "2", "true"]);
        var vmRow = page.Locator("section[aria-labelledby='kind-virtual_machines'] tbody tr");
        await Expect(vmRow.GetByRole(AriaRole.Cell)).ToContainTextAsync(["app01", "unbuilt", "1024", "2"]);
        (await page.EvaluateAsync<double>("performance.timeOrigin")).Should().Be(loaded, "the page was updated in place, not reloaded");
        await Screenshots.TakeAsync(page, "account-gigas");

        var (_, operations) = await control.GetAsync($"/operations?account={key}");
        foreach (var operation in operations!.AsArray())
        {
            (await control.PostAsync($"/operations/{(long)operation!["id"]!}/release")).Status.Should().Be(HttpStatusCode.OK);
        }

        ((string)(await GigasAsync(http, HttpMethod.Get, $"account/{accountId}/virtual_machine/{vm}", key))["status"]!).Should().Be("online");
        await Expect(primary.GetByRole(AriaRole.Cell)).ToContainTextAsync(["active", "15", "false"]);
        await Expect(vmRow).ToContainTextAsync("online");
    }

    [ChromiumFact]
    public async Task A_cloudsigma_drive_appears_in_cloudsigma_words_and_its_detail_page_releases_its_operation()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        var (_, account) = await control.PostAsync("/accounts", new { provider = "cloudsigma", email = "dash@example.com", password = "pw" });
        using var client = CloudSigmaClient.For(server, "dash@example.com", "pw");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.RootUri, "_emulator/ui/").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = (string)account!["handle"]! }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "CloudSigma", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Drives (0)" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Servers (0)" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Disks", Exact = false })).ToHaveCountAsync(0);
        var loaded = await page.EvaluateAsync<double>("performance.timeOrigin");

        var boot = await client.CreateDriveAsync("boot", 10L << 30);
        var web = await client.CreateServerAsync("web", boot);
        await client.GetAsync($"servers/{web}/"); // a client's read: the Instant creates are done
        await control.PutAsync("/policies", new { @default = new { mode = "Held" } });
        var uuid = await client.CreateDriveAsync("dashdrive", 1024000000);
        await client.CreateDriveAsync("second", 2L << 30);

        var row = page.GetByRole(AriaRole.Row, new() { Name = "dashdrive" });
        await Expect(row.GetByRole(AriaRole.Cell)).ToContainTextAsync(["dashdrive", "creating", uuid, "1024000000 bytes (0.95 GiB)", "disk"]);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "second" })).ToContainTextAsync("2147483648 bytes (2 GiB)");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Drives (3)" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "boot" }).GetByRole(AriaRole.Cell)).ToContainTextAsync(["mounted", boot, web]);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "web" }).GetByRole(AriaRole.Cell)).ToContainTextAsync(["stopped", web, "1000", boot]);
        (await page.EvaluateAsync<double>("performance.timeOrigin")).Should().Be(loaded, "the page was updated in place, not reloaded");
        await Screenshots.TakeAsync(page, "account-cloudsigma");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Drives" })).ToContainTextAsync("dashdrive");
        await Expect(page.Locator("dl.fields")).ToContainTextAsync(uuid);
        var operation = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "disk_create" });
        await Expect(operation).ToContainTextAsync("(held)");
        await Expect(operation.GetByRole(AriaRole.Button, new() { Name = "Fail" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "drive");

        await operation.GetByRole(AriaRole.Button, new() { Name = "Release" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "released" })).ToBeVisibleAsync();
        (await client.GetAsync($"drives/{uuid}/")).Body!["status"]!.GetValue<string>().Should().Be("unmounted");
        await Expect(page.Locator("dl.fields")).ToContainTextAsync("unmounted");
        await Expect(operation).ToContainTextAsync("DONE");
    }

    private static async Task<JsonNode> GigasAsync(HttpClient http, HttpMethod method, string path, string key, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")) };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {key}");
        using var response = await http.SendAsync(request);
        response.IsSuccessStatusCode.Should().BeTrue(path);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
