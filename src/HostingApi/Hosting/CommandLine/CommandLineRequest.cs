using System.CommandLine;

namespace HostingApi.Hosting.CommandLine;

/// <summary>
/// A parsed command line: either serve (<see cref="ServerArgs"/> for the configuration, and an
/// optional settings file) or run what the parser chose (a verb, <c>--help</c>, <c>--version</c>).
/// </summary>
public sealed class CommandLineRequest(ParseResult result, string[]? serverArgs, string? configFile, string? usageError = null)
{
    public bool Serves => ServerArgs is not null;

    public string[]? ServerArgs { get; } = serverArgs;

    public string? ConfigFile { get; } = configFile;

    /// <summary>Runs a verb, the help or the version; a command line the parser refused exits with 2.</summary>
    public async Task<int> RunAsync()
    {
        var errors = usageError is null ? result.Errors.Select(e => e.Message).ToList() : [usageError];
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync($"hostingapi: {error}");
            }

            await Console.Error.WriteLineAsync("Try 'hostingapi --help'.");
            return HostingCommandLine.UsageExitCode;
        }

        return await result.InvokeAsync();
    }
}
