using System.Diagnostics;

namespace HostingApi.Tests.Infrastructure;

/// <summary>
/// Runs a script of the Python folder with CPython's own <c>xmlrpc.client</c> against a server URL:
/// the real client users point at this server.
/// </summary>
public static class PythonClient
{
    /// <summary>
    /// A Python that can import libcloud's Gandi driver, or null. Debian's python3-libcloud lives in
    /// /usr/bin/python3's dist-packages, which another python3 first on the PATH (pyenv, say) does
    /// not see; <c>.ci/run</c> installs the package, a machine without it skips the libcloud tests.
    /// </summary>
    public static string? LibcloudPython => LibcloudProbe.Value;

    private static readonly Lazy<string?> LibcloudProbe = new(() =>
        new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(python => Imports(python, "libcloud.compute.drivers.gandi")));

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, Uri url, params string[] extra) =>
        await RunWithAsync("python3", script, url, extra);

    public static async Task<(int ExitCode, string Output)> RunWithAsync(string python, string script, Uri url, params string[] extra)
    {
        var start = new ProcessStartInfo(python)
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

    public static Task ShouldPassAsync(string script, Uri url, params string[] extra) =>
        ShouldPassWithAsync("python3", script, url, extra);

    public static async Task ShouldPassWithAsync(string python, string script, Uri url, params string[] extra)
    {
        var (exitCode, output) = await RunWithAsync(python, script, url, extra);
        exitCode.Should().Be(0, $"the Python client script {script} should pass; its output:\n{output}");
    }

    private static bool Imports(string python, string module)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(python, ["-c", $"import {module}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            process.WaitForExit(TimeSpan.FromSeconds(30));
            return process.HasExited && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no such interpreter
        }
    }
}
