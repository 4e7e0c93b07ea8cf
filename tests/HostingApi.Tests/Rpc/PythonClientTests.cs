using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Rpc;

/// <summary>CPython's own xmlrpc.client, unmodified, against the running server.</summary>
public class PythonClientTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    [Theory]
    [InlineData("test_system_methods.py")]
    [InlineData("test_wire_types.py")]
    [InlineData("test_faults.py")]
    [InlineData("test_catalog_clients.py")]
    [InlineData("test_disks.py")]
    [InlineData("test_ssh.py")]
    [InlineData("test_network.py")]
    [InlineData("test_vms.py")]
    [InlineData("test_legacy.py")]
    public Task Script_Passes(string script) => PythonClient.ShouldPassAsync(script, server.XmlRpcUri);

    // A server of its own: list_nodes indexes every VM's ifaces_id[0], and the other scripts leave
    // VMs whose ifaces were detached, which Gandi allows and the driver does not survive.
    [LibcloudFact]
    public async Task LibcloudGandiDriver_LocationsSizesImagesNodesVolumesAndKeys_Work()
    {
        await using var own = new HostingApiFactory();
        await PythonClient.ShouldPassAsync("test_libcloud.py", own.XmlRpcUri, PythonClient.LibcloudPython!);
    }

    [Fact]
    public async Task TransitionalStates_AreVisibleWhileOperationsAreHeld()
    {
        await using var held = HostingApiFactory.WithSettings(new() { ["Operations:Default:Mode"] = "Held" });
        await PythonClient.ShouldPassAsync("test_disk_states.py", held.XmlRpcUri);
    }
}
