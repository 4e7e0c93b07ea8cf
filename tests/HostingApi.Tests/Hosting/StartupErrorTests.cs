using System.Net;
using System.Net.Sockets;
using HostingApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace HostingApi.Tests.Hosting;

/// <summary>A start-up the user got wrong ends with one line naming the setting, exit code 2, no stack trace.</summary>
public sealed class StartupErrorTests
{
    [Fact]
    public async Task AnUnknownOperationMode_NamesTheSettingAndTheValidValues()
    {
        var run = await ToolRun.RunAsync("--in-memory", "--Operations:Default:Mode", "Bogus");

        ShouldBeOneLine(run, "Operations:Default:Mode = 'Bogus' is not valid; valid values: Instant, Timed, Held");
    }

    [Fact]
    public async Task ANegativeBodyLimit_NamesTheSetting()
    {
        var run = await ToolRun.RunAsync("--in-memory", "--XmlRpc:MaxRequestBytes", "-1");

        ShouldBeOneLine(run, "XmlRpc:MaxRequestBytes must be a positive number of bytes");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2000000")]
    public async Task APageCacheOutOfRange_NamesTheSetting(string kibibytes)
    {
        var run = await ToolRun.RunAsync("--in-memory", "--Database:PageCacheKiB", kibibytes);

        ShouldBeOneLine(run, "Database:PageCacheKiB must be 16 to 1048576 (KiB)");
    }

    [Fact]
    public async Task APortInUse_SaysSoAndHowToChooseAnother()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await ToolRun.RunAsync("--in-memory", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        ShouldBeOneLine(run, $"127.0.0.1:{port}: address already in use");
        run.ErrorLines.Single().Should().Contain("--port");
    }

    [Fact]
    public async Task AnUnwritableDatabasePath_NamesTheFileAndTheSetting()
    {
        var run = await ToolRun.RunAsync("--urls", "http://127.0.0.1:0", "--db", "/proc/no-such-folder/state.db");

        ShouldBeOneLine(run, "cannot use the database file /proc/no-such-folder/state.db (Database:Path)");
    }

    [Fact]
    public async Task ADatabaseOfAnOlderSchema_IsRefusedInOneLine()
    {
        var file = Path.Combine(ScratchFolders.Create("hostingapi-old-"), "old.db");
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE Disks (Id INTEGER PRIMARY KEY);";
            await create.ExecuteNonQueryAsync();
        }

        var run = await ToolRun.RunAsync("--urls", "http://127.0.0.1:0", "--db", file);

        ShouldBeOneLine(run, "The database holds schema version 0");
    }

    [Fact]
    public async Task AMisspeltSetting_IsWarnedAboutByName_AndTheBannerShowsWhatIsInEffect()
    {
        await using var server = await ServerProcess.StartAsync("--in-memory", "--Operations:Default:Mdoe", "Held", "--Operations:Types:vm_create:Mode", "Held");
        for (var i = 0; i < 100 && !server.Output.Contains("Operations: ", StringComparison.Ordinal); i++)
        {
            await Task.Delay(50); // the banner's last lines follow the one ServerProcess waits for
        }

        server.Output.Should().Contain("Unknown setting Operations:Default:Mdoe is ignored")
            .And.Contain("/_emulator/")
            .And.Contain("State: in memory")
            .And.Contain("Operations: Instant; vm_create: Held");
        server.Output.Should().NotContain("Unknown setting Operations:Types", "per-type policies are settings");
    }

    private static void ShouldBeOneLine(ToolRun run, string expected)
    {
        run.ExitCode.Should().Be(2, run.Output + run.Error);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("hostingapi: ").And.Contain(expected);
        (run.Output + run.Error).Should().NotContain("   at ", "no stack trace").And.NotContain("Unhandled exception");
    }
}
