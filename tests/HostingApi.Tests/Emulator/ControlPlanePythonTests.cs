using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Emulator;

/// <summary>CPython's xmlrpc.client meets injected faults (a fault, a 503, a dropped connection) and the journal sees it.</summary>
public sealed class ControlPlanePythonTests
{
    [Fact]
    public async Task PythonClient_SeesInjectedFaults_AndTheJournalRecordsThem()
    {
        await using var server = new HostingApiFactory();
        await PythonClient.ShouldPassAsync("test_control_plane.py", server.XmlRpcUri);
    }
}
