using System.Diagnostics;

namespace HostingApi.Tests.Infrastructure;

/// <summary>One run of the built server's command line (<c>dotnet HostingApi.dll ARGS</c>) to its end, in a scratch folder.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error, string WorkingDirectory)
{
    public static async Task<ToolRun> RunAsync(params string[] arguments)
    {
        var directory = ScratchFolders.Create("hostingapi-cli-");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HostingApi.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"hostingapi {string.Join(' ', arguments)} did not end; its output:\n{await output}{await error}");
        }

        return new ToolRun(process.ExitCode, await output, await error, directory);
    }

    /// <summary>Standard error's lines, without the log lines the server printed before failing.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
