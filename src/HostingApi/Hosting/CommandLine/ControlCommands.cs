using System.CommandLine;

namespace HostingApi.Hosting.CommandLine;

/// <summary>
/// The verbs that drive a running server through its control plane (<c>/_emulator/</c>, docs/operations.md).
/// Each prints the server's JSON answer; exit code 0 on success, 1 when the server answered an error
/// or could not be reached.
/// </summary>
public static class ControlCommands
{
    public const string DefaultUrl = "http://127.0.0.1:8880";

    public static void AddTo(RootCommand root)
    {
        root.Subcommands.Add(Healthcheck());
        root.Subcommands.Add(Simple("reset", "forget all state: back to the configured accounts and the catalog", HttpMethod.Post, "reset"));
        root.Subcommands.Add(Accounts());
        root.Subcommands.Add(Simple("journal", "print the journal of calls and operations", HttpMethod.Get, "journal"));
        root.Subcommands.Add(Snapshot());
    }

    private static Option<Uri> UrlOption() => new("--url")
    {
        Description = $"the running server (default {DefaultUrl})",
        DefaultValueFactory = _ => new Uri(DefaultUrl),
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                return url;
            }

            result.AddError($"--url {text} is not an http:// or https:// address");
            return null;
        },
    };

    private static Command Healthcheck()
    {
        var url = UrlOption();
        var command = new Command("healthcheck", "exit 0 when the server answers GET /_emulator/ready (or /_emulator/health) with 200, else 1") { url };
        command.SetAction((result, ct) => ControlPlaneCall.HealthcheckAsync(result.GetValue(url)!, ct));
        return command;
    }

    private static Command Simple(string name, string description, HttpMethod method, string path)
    {
        var url = UrlOption();
        var command = new Command(name, description) { url };
        command.SetAction((result, ct) => ControlPlaneCall.SendAsync(result.GetValue(url)!, method, path, null, ct));
        return command;
    }

    private static Command Accounts()
    {
        var url = UrlOption();
        var model = new Option<string?>("--model") { Description = "rating (credits, the default) or shares" };
        model.AcceptOnlyFromAmong("rating", "shares");
        var create = new Command("create", "create an account; prints it as JSON, with its apikey") { url, model };
        create.SetAction((result, ct) =>
        {
            var body = result.GetValue(model) is { } m ? $$"""{"model":"{{m}}"}""" : "{}";
            return ControlPlaneCall.SendAsync(result.GetValue(url)!, HttpMethod.Post, "accounts", body, ct);
        });
        return new Command("accounts", "accounts of the running server") { create };
    }

    private static Command Snapshot()
    {
        Command Verb(string name, string description, Func<string, string> path)
        {
            var url = UrlOption();
            var snapshot = new Argument<string>("NAME") { Description = "the snapshot's name" };
            var command = new Command(name, description) { snapshot, url };
            command.SetAction((result, ct) => ControlPlaneCall.SendAsync(
                result.GetValue(url)!, HttpMethod.Post, path(Uri.EscapeDataString(result.GetValue(snapshot)!)), null, ct));
            return command;
        }

        return new Command("snapshot", "save or restore the whole state under a name")
        {
            Verb("save", "save the state as NAME", n => $"snapshots/{n}"),
            Verb("restore", "bring back the state saved as NAME", n => $"snapshots/{n}/restore"),
        };
    }
}
