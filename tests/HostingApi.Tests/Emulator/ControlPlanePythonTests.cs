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

    [Fact]
    public async Task A_CI_suite_makes_an_account_retries_under_a_fault_rule_counts_the_journal_and_resets()
    {
        await using var server = new HostingApiFactory();
        await PythonClient.ShouldPassAsync("test_ci_suite.py", server.XmlRpcUri);
    }
}
