using HostingApi.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HostingApi.Tests.Dashboard;

/// <summary>
/// The dashboard in a real browser, against the real server on its Kestrel port: objects made through
/// XML-RPC appear without a reload, a held operation is released from the page, a fault rule added on
/// the page fails the next call, the journal filters. Controls are found by their accessible names.
/// </summary>
public sealed class DashboardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ChromiumFact]
    public async Task Objects_made_through_xml_rpc_appear_on_the_open_page_without_a_reload()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        var (_, account) = await control.PostAsync("/accounts", new { model = "rating" });
        var key = (string)account!["apikey"]!;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.RootUri, "_emulator/ui/").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = (string)account["handle"]! }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Disks (0)" })).ToBeVisibleAsync();
        var loaded = await page.EvaluateAsync<double>("performance.timeOrigin");

        (await rpc.CallAsync("hosting.disk.create", key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["name"] = "dashdisk1", ["size"] = 10240 })).ShouldSucceed();
        (await rpc.CallAsync("hosting.ssh.create", key, new Dictionary<string, object?> { ["name"] = "laptop", ["value"] = SshKey })).ShouldSucceed();

        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "dashdisk1" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "SSH keys (1)" })).ToBeVisibleAsync();
        (await page.EvaluateAsync<double>("performance.timeOrigin")).Should().Be(loaded, "the page was updated in place, not reloaded");
        await Screenshots.TakeAsync(page, "account");

        await page.GetByRole(AriaRole.Row, new() { Name = "dashdisk1" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Disks" })).ToContainTextAsync("dashdisk1");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "disk_create" })).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task A_held_operation_is_released_from_the_page_and_the_clients_poll_sees_it_done()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var rpc = server.CreateRpcClient();
        await control.PutAsync("/policies", new { @default = new { mode = "Held" } });
        var id = (long)(await rpc.CallAsync("hosting.disk.create", HostingApiFactory.DefaultKey, new Dictionary<string, object?> { ["datacenter_id"] = 3 })).Struct["id"]!;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.RootUri, "_emulator/ui/operations").ToString());

        var row = page.Locator($"tr[data-operation='{id}']");
        await Expect(row).ToContainTextAsync("(held)");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Fail" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "operations");
        (await rpc.CallAsync("operation.info", HostingApiFactory.DefaultKey, id)).Struct["step"].Should().Be("WAIT");

        await row.GetByRole(AriaRole.Button, new() { Name = "Release" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"operation {id} released" })).ToBeVisibleAsync();
        (await PollUntilAsync(() => rpc.CallAsync("operation.info", HostingApiFactory.DefaultKey, id), r => (string)r.Struct["step"]! == "DONE")).Should().BeTrue();
        await Expect(page.Locator($"tr[data-operation='{id}']")).ToContainTextAsync("DONE");
    }

    [ChromiumFact]
    public async Task A_fault_rule_added_on_the_page_fails_the_next_call_and_is_removed_there()
    {
        await using var server = new HostingApiFactory();
        using var rpc = server.CreateRpcClient();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.RootUri, "_emulator/ui/faults").ToString());

        await page.GetByLabel("Method (glob)").FillAsync("hosting.disk.list");
        await page.GetByLabel("Fault code").FillAsync("581042");
        await page.GetByLabel("Fault string").FillAsync("try later");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add fault rule" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "fault rule fault-1 added" })).ToBeVisibleAsync();

        var failed = await rpc.CallAsync("hosting.disk.list", HostingApiFactory.DefaultKey, new Dictionary<string, object?>());
        (failed.FaultCode, failed.FaultString).Should().Be((581042, "try later"));
        (await rpc.CallAsync("hosting.disk.list", HostingApiFactory.DefaultKey, new Dictionary<string, object?>())).ShouldSucceed();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "fault-1" })).ToContainTextAsync("1");
        await Screenshots.TakeAsync(page, "faults");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await Expect(page.GetByText("No fault rule")).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task The_journal_filters_by_method_shows_a_calls_parameters_and_the_unmatched_calls_with_hints()
    {
        await using var server = new HostingApiFactory();
        using var rpc = server.CreateRpcClient();
        (await rpc.CallAsync("hosting.datacenter.list", HostingApiFactory.DefaultKey)).ShouldSucceed();
        (await rpc.CallAsync("hosting.disk.list", HostingApiFactory.DefaultKey, new Dictionary<string, object?> { ["name"] = "needle" })).ShouldSucceed();
        (await rpc.CallAsync("hosting.disk.lst", HostingApiFactory.DefaultKey)).IsFault.Should().BeTrue();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.RootUri, "_emulator/ui/journal").ToString());

        await page.GetByLabel("Method (glob)").FillAsync("hosting.disk.*");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        var calls = page.GetByRole(AriaRole.Table, new() { Name = "Calls, the latest first" });
        await Expect(calls.GetByRole(AriaRole.Cell, new() { Name = "hosting.disk.list", Exact = true })).ToBeVisibleAsync();
        await Expect(calls.GetByRole(AriaRole.Cell, new() { Name = "hosting.datacenter.list" })).ToHaveCountAsync(0);
        var unmatched = page.GetByRole(AriaRole.Table, new() { Name = "Calls that could not be served, with hints" });
        await Expect(unmatched.GetByRole(AriaRole.Row, new() { Name = "hosting.disk.lst" })).ToContainTextAsync("hosting.disk.list");
        await Screenshots.TakeAsync(page, "journal");

        await calls.GetByRole(AriaRole.Row, new() { Name = "hosting.disk.list" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByLabel("Parameters")).ToContainTextAsync("needle");
    }

    [ChromiumFact]
    public async Task The_front_page_is_readable_at_a_phones_width_with_its_controls_named()
    {
        await using var server = new HostingApiFactory();
        var page = await browser.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(new Uri(server.RootUri, "_emulator/ui/").ToString());

        foreach (var name in new[] { "Reset all", "Save snapshot", "Freeze clock", "Advance clock" })
        {
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }

        // One "Reset account" per account (the configured ones: Gandi's, Gigas', CloudSigma's).
        using var http = new HttpClient { BaseAddress = server.RootUri };
        var accounts = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("_emulator/accounts")).RootElement.GetArrayLength();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reset account" })).ToHaveCountAsync(accounts);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390, "only a table's own box scrolls sideways");
        await Screenshots.TakeAsync(page, "overview-phone");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save snapshot" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Restore" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Freeze clock" }).ClickAsync();
        await Expect(page.GetByText("Frozen at")).ToBeVisibleAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await Screenshots.TakeAsync(page, "overview");
    }

    private const string SshKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl laptop";

    private static async Task<bool> PollUntilAsync(Func<Task<RpcResult>> call, Func<RpcResult, bool> done)
    {
        for (var i = 0; i < 50; i++)
        {
            if (done(await call()))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
