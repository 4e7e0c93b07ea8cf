using System.Diagnostics;

namespace HostingApi.Tests.Infrastructure;

/// <summary>
/// Runs a script of the Python folder with CPython's own <c>xmlrpc.client</c> against a server URL:
/// the real client users point at this server.
/// </summary>
public static class PythonClient
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string script, Uri url, params string[] extra)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Python", script));
        start.ArgumentList.Add(url.ToString());
        foreach (var argument in extra)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public static async Task ShouldPassAsync(string script, Uri url, params string[] extra)
    {
        var (exitCode, output) = await RunAsync(script, url, extra);
        exitCode.Should().Be(0, $"the Python client script {script} should pass; its output:\n{output}");
    }
}
