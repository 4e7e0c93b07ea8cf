using System.Diagnostics;

namespace HostingApi.Tests.Infrastructure;

/// <summary>
/// Runs a client script shipped beside the tests (Python/, Perl/) with a real interpreter and its
/// real XML-RPC library, against a server URL, and checks that it passes (exit code 0).
/// </summary>
public static class ClientScript
{
    public static async Task ShouldPassAsync(string interpreter, string script, Uri url)
    {
        var start = new ProcessStartInfo(interpreter)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, script));
        start.ArgumentList.Add(url.ToString());

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;
        process.ExitCode.Should().Be(0, $"the client script {script} should pass; its output:\n{output}");
    }

    /// <summary>Whether <paramref name="interpreter"/> exists and runs <paramref name="arguments"/> successfully.</summary>
    public static bool Succeeds(string interpreter, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(interpreter, arguments)
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
