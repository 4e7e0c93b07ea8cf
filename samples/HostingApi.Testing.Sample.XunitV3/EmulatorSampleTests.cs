using Xunit;

namespace HostingApi.Testing.Sample.XunitV3;

/// <summary>
/// The fixture under xunit v3: one emulator for the class (<see cref="EmulatorFixture"/>), a fresh account
/// per test from the control plane, disks over XML-RPC, a held operation released, a reset.
/// </summary>
public sealed class EmulatorSampleTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly HttpClient _http = new();

    private HostingApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public async Task A_fresh_account_from_the_control_plane_owns_only_the_disk_it_creates()
    {
        var ct = TestContext.Current.CancellationToken;
        var key = (await Emulator.Control.CreateAccountAsync(ct: ct)).GetProperty("apikey").GetString()!;

        await XmlRpc.CallAsync(_http, Emulator.XmlRpcUrl, "hosting.disk.create", key, XmlRpc.DiskSpec("v3-disk"));

        Assert.Equal("1", (await XmlRpc.CallAsync(_http, Emulator.XmlRpcUrl, "hosting.disk.count", key)).Value);
        Assert.NotEqual(HostingApiEmulator.DefaultApiKey, key);
    }

    [Fact]
    public async Task A_held_disk_create_waits_until_the_control_plane_releases_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var key = (await Emulator.Control.CreateAccountAsync(ct: ct)).GetProperty("apikey").GetString()!;
        await Emulator.Control.SetPoliciesAsync(new { @default = new { mode = "Held" } }, ct);
        try
        {
            var operation = await XmlRpc.CallAsync(_http, Emulator.XmlRpcUrl, "hosting.disk.create", key, XmlRpc.DiskSpec("held"));
            var id = int.Parse(XmlRpc.Member(operation, "id"));
            Assert.Equal("WAIT", XmlRpc.Member(await XmlRpc.CallAsync(_http, Emulator.XmlRpcUrl, "operation.info", key, $"<int>{id}</int>"), "step"));

            await Emulator.Control.ReleaseOperationAsync(id, ct);

            Assert.Equal("DONE", XmlRpc.Member(await XmlRpc.CallAsync(_http, Emulator.XmlRpcUrl, "operation.info", key, $"<int>{id}</int>"), "step"));
        }
        finally
        {
            await Emulator.Control.SetPoliciesAsync(new { @default = new { mode = "Instant" } }, ct);
        }
    }

    [Fact]
    public async Task Reset_through_the_control_plane_removes_what_a_test_made()
    {
        var ct = TestContext.Current.CancellationToken;
        await XmlRpc.CallAsync(_http, Emulator.XmlRpcUrl, "hosting.disk.create", HostingApiEmulator.DefaultApiKey, XmlRpc.DiskSpec("before-reset"));
        Assert.NotEqual("0", (await XmlRpc.CallAsync(_http, Emulator.XmlRpcUrl, "hosting.disk.count", HostingApiEmulator.DefaultApiKey)).Value);

        await Emulator.Control.ResetAsync(ct);

        Assert.Equal("0", (await XmlRpc.CallAsync(_http, Emulator.XmlRpcUrl, "hosting.disk.count", HostingApiEmulator.DefaultApiKey)).Value);
    }

    public void Dispose() => _http.Dispose();
}
