using System.CommandLine;

namespace HostingApi.Hosting.CommandLine;

/// <summary>
/// The <c>hostingapi</c> command line. Serving is the default; its options are shorthands for
/// ASP.NET configuration keys, and any other argument (<c>--Database:InMemory true</c>,
/// <c>--XmlRpc:MaxRequestBytes 100</c>) still reaches the configuration unchanged. The verbs
/// (<see cref="ControlCommands"/>) talk to a running server's control plane.
/// </summary>
public static class HostingCommandLine
{
    /// <summary>A command line the parser refused (an unknown verb option, a missing argument).</summary>
    public const int UsageExitCode = 2;

    private static readonly Option<int?> Port = new("--port") { Description = "listen on http://127.0.0.1:PORT (default 8880)" };
    private static readonly Option<string?> Urls = new("--urls") { Description = "where to listen, e.g. http://0.0.0.0:9000 (the Urls setting)" };
    private static readonly Option<string?> Db = new("--db") { Description = "the SQLite file that keeps state (Database:Path; default hostingapi.db)" };
    private static readonly Option<bool> InMemory = new("--in-memory") { Description = "keep everything in memory; nothing is written (Database:InMemory)" };
    private static readonly Option<FileInfo> Config = new Option<FileInfo>("--config") { Description = "a JSON settings file, read after appsettings.json and the environment" }.AcceptExistingOnly();

    public static CommandLineRequest Parse(string[] args)
    {
        var root = new RootCommand(
            "HostingApi: an emulator of Gandi's hosting XML-RPC API. With no command it serves " +
            "(any ASP.NET setting may follow as --Section:Key value, e.g. --Operations:Default:Mode Held).")
        {
            Port, Urls, Db, InMemory, Config,
        };
        root.TreatUnmatchedTokensAsErrors = false; // the ASP.NET configuration switches pass through
        root.SetAction(_ => 0); // a marker: serving is done by Program.cs, not inside the parser
        ControlCommands.AddTo(root);

        // No response files: "@name" is an ordinary value here.
        var result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (ReferenceEquals(result.Action, root.Action) && StrayWord(result.UnmatchedTokens) is { } stray)
        {
            // "hostingapi heathcheck" must not start a server: a bare word is no configuration switch.
            return new CommandLineRequest(result, null, null, $"unknown command '{stray}' (the commands are listed by --help)");
        }

        var serves = result.Errors.Count == 0 && ReferenceEquals(result.Action, root.Action);
        return new CommandLineRequest(result, serves ? ServerArguments(result) : null, result.GetValue(Config)?.FullName);
    }

    /// <summary>
    /// The first passed-through token that is neither a switch (<c>--Key</c>, <c>--Key=value</c>, <c>Key=value</c>)
    /// nor the value after a <c>--Key</c>: ASP.NET's command-line configuration would ignore it.
    /// </summary>
    private static string? StrayWord(IReadOnlyList<string> tokens)
    {
        var valueExpected = false;
        foreach (var token in tokens)
        {
            var isSwitch = token.StartsWith('-') || token.StartsWith('/');
            if (!isSwitch && !valueExpected && !token.Contains('='))
            {
                return token;
            }

            valueExpected = isSwitch && !token.Contains('=');
        }

        return null;
    }

    /// <summary>The arguments for ASP.NET configuration: those the parser did not know, then the shorthands, which win.</summary>
    private static string[] ServerArguments(ParseResult result)
    {
        var args = new List<string>(result.UnmatchedTokens);
        if (result.GetValue(Port) is { } port)
        {
            args.AddRange(["--urls", $"http://127.0.0.1:{port}"]);
        }

        if (result.GetValue(Urls) is { } urls)
        {
            args.AddRange(["--urls", urls]);
        }

        if (result.GetValue(Db) is { } db)
        {
            args.AddRange(["--Database:Path", Path.GetFullPath(db), "--Database:InMemory", "false"]);
        }

        if (result.GetValue(InMemory))
        {
            args.AddRange(["--Database:InMemory", "true"]);
        }

        return [.. args];
    }
}
