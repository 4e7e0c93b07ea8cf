using HostingApi.Hosting.CommandLine;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Hosting;

/// <summary>The <c>hostingapi</c> command line: parsing in-process, then the built server as a process.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void ServingOptions_BecomeConfigurationSwitches_AndOthersPassThrough()
    {
        var request = HostingCommandLine.Parse(["--Operations:Default:Mode", "Held", "--port", "9001", "--in-memory"]);

        request.Serves.Should().BeTrue();
        request.ServerArgs.Should().Equal("--Operations:Default:Mode", "Held", "--urls", "http://127.0.0.1:9001", "--Database:InMemory", "true");
    }

    [Fact]
    public void TheAspNetSwitchesTheTestsAndBenchUse_StillServe()
    {
        HostingCommandLine.Parse(["--urls", "http://127.0.0.1:0", "--Database:InMemory", "true"]).ServerArgs
            .Should().Equal("--Database:InMemory", "true", "--urls", "http://127.0.0.1:0"); // the shorthands come last and win
        HostingCommandLine.Parse(["--environment=Development", "--contentRoot=/x"]).Serves.Should().BeTrue();
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("--help")]
    [InlineData("healthcheck")]
    [InlineData("snapshot", "save", "a")]
    public void HelpVersionAndVerbs_DoNotServe(params string[] args) => HostingCommandLine.Parse(args).Serves.Should().BeFalse();

    [Fact]
    public async Task Version_PrintsThePackageVersion_WithoutServing()
    {
        var run = await ToolRun.RunAsync("--version");

        run.ExitCode.Should().Be(0);
        run.Output.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$");
        run.Output.Should().NotContain("listening");
        Directory.EnumerateFileSystemEntries(run.WorkingDirectory).Should().BeEmpty();
    }

    [Fact]
    public async Task Help_ListsTheVerbs()
    {
        var run = await ToolRun.RunAsync("--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("healthcheck").And.Contain("snapshot").And.Contain("--in-memory").And.Contain("--config");
    }

    [Theory]
    [InlineData("heathcheck")]
    [InlineData("accounts")]
    [InlineData("accounts", "create", "--model", "bogus")]
    [InlineData("snapshot", "save")]
    [InlineData("reset", "--url", "not a url")]
    [InlineData("--port", "eighty")]
    public async Task AUsageError_ExitsWith2(params string[] args)
    {
        var run = await ToolRun.RunAsync(args);

        run.ExitCode.Should().Be(2, run.Output + run.Error);
        run.Error.Should().StartWith("hostingapi: ");
    }

    [Fact]
    public async Task Healthcheck_IsZeroForARunningServer_AndOneForNone()
    {
        await using var server = await ServerProcess.StartAsync("--in-memory");
        var root = new Uri(server.XmlRpcUri, "/").AbsoluteUri;

        (await ToolRun.RunAsync("healthcheck", "--url", root)).ExitCode.Should().Be(0, "/_emulator/health answers when /_emulator/ready does not exist");
        (await ToolRun.RunAsync("healthcheck", "--url", "http://127.0.0.1:1")).ExitCode.Should().Be(1);
    }

    [Fact]
    public async Task TheVerbs_CallTheDocumentedPaths_AndPrintTheAnswer()
    {
        await using var fake = await FakeControlPlane.StartAsync();
        var url = fake.Url.AbsoluteUri;

        var created = await ToolRun.RunAsync("accounts", "create", "--model", "shares", "--url", url);
        (await ToolRun.RunAsync("reset", "--url", url)).ExitCode.Should().Be(0);
        (await ToolRun.RunAsync("journal", "--url", url)).Output.Should().Contain("hosting.disk.list");
        (await ToolRun.RunAsync("snapshot", "save", "before", "--url", url)).ExitCode.Should().Be(0);
        (await ToolRun.RunAsync("snapshot", "restore", "before", "--url", url)).ExitCode.Should().Be(0);
        (await ToolRun.RunAsync("healthcheck", "--url", url)).ExitCode.Should().Be(0);

        created.ExitCode.Should().Be(0);
        created.Output.Should().Contain("\"apikey\":\"fakefakefakefakefake0003\"");
        fake.Requests.Should().Equal(
            """POST /_emulator/accounts {"model":"shares"}""",
            "POST /_emulator/reset",
            "GET /_emulator/journal",
            "POST /_emulator/snapshots/before",
            "POST /_emulator/snapshots/before/restore",
            "GET /_emulator/ready");
    }

    [Fact]
    public async Task AVerbTheServerRefuses_ExitsWith1_AndShowsItsAnswer()
    {
        await using var fake = await FakeControlPlane.StartAsync();

        var run = await ToolRun.RunAsync("snapshot", "restore", "missing", "--url", fake.Url.AbsoluteUri);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("404").And.Contain("no snapshot 'missing'");
    }
}
