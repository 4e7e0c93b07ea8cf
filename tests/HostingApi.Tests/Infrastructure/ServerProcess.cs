using System.Diagnostics;
using System.Text.RegularExpressions;

namespace HostingApi.Tests.Infrastructure;

/// <summary>
/// The real server as its own process (<c>dotnet HostingApi.dll</c>), started from a scratch working
/// directory on a free port; the URL is read from the startup banner it logs.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ServerProcess(Process process) => _process = process;

    public Uri XmlRpcUri { get; private set; } = null!;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public static Task<ServerProcess> StartAsync(params string[] arguments) =>
        StartInAsync(ScratchFolders.Create("hostingapi-cwd-"), arguments);

    /// <summary>Starts the server in <paramref name="workingDirectory"/> (where its default database file lives).</summary>
    public static async Task<ServerProcess> StartInAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HostingApi.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var server = new ServerProcess(Process.Start(start)!);
        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Collect(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (server._output)
            {
                server._output.Add(e.Data);
            }

            if (Banner().Match(e.Data) is { Success: true } match)
            {
                ready.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        server._process.OutputDataReceived += Collect;
        server._process.ErrorDataReceived += Collect;
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();

        var finished = await Task.WhenAny(ready.Task, server._process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (finished != ready.Task)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"The server did not start; its output:\n{server.Output}");
        }

        server.XmlRpcUri = await ready.Task;
        return server;
    }

    /// <summary>Kills the server at once (SIGKILL), as a crash would.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"HostingApi answers XML-RPC at (http://\S+/xmlrpc/)")]
    private static partial Regex Banner();
}
