using System.Text.Json.Nodes;
using System.Text.Json;
using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Tenancy;

namespace HostingApi.Emulator;

/// <summary>
/// Accounts at run time, a fresh one per test: <c>POST /_emulator/accounts</c> (optional <c>model</c>
/// <c>rating</c> or <c>shares</c>, <c>quota</c>, <c>handle</c>, <c>login</c>, <c>password</c>, <c>provider</c> <c>gandi</c>, <c>gigas</c> or <c>cloudsigma</c>, the last with its <c>email</c>) answers the
/// account with its <c>apikey</c>; <c>GET</c> lists them; <c>DELETE /{apikey}</c> removes one with all it owns;
/// <c>POST /{apikey}/reset</c> empties one (its objects and operations), the others untouched.
/// </summary>
public static class AccountEndpoints
{
    private static readonly string[] QuotaFields = ["servers", "ips", "cores", "memory", "disk", "bandwidth"];

    public static RouteGroupBuilder MapAccounts(this RouteGroupBuilder control)
    {
        control.MapPost("/accounts", CreateAsync);
        control.MapGet("/accounts", async (AccountAdministration accounts, ConfiguredAccounts configured, CancellationToken ct) =>
        {
            var keys = configured.All.Select(a => a.ApiKey).ToHashSet(StringComparer.Ordinal);
            return Results.Json((await accounts.ListAsync(ct)).Select(a => Describe(a, keys.Contains(a.ApiKey))));
        });
        control.MapDelete("/accounts/{apikey}", async (string apikey, AccountAdministration accounts, CancellationToken ct) =>
        {
            if (await accounts.FindAsync(apikey, ct) is not { } account)
            {
                return ControlPlaneResults.NotFound("no account has that API key");
            }

            await accounts.DeleteAsync(account.Id, ct);
            return Results.NoContent();
        });
        control.MapPost("/accounts/{apikey}/reset", async (string apikey, AccountAdministration accounts, CancellationToken ct) =>
        {
            if (await accounts.FindAsync(apikey, ct) is not { } account)
            {
                return ControlPlaneResults.NotFound("no account has that API key");
            }

            await accounts.EmptyAsync(account.Id, ct);
            return Results.Json(new { status = "reset", handle = account.Handle });
        });
        return control;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, AccountAdministration accounts, CancellationToken ct)
    {
        string? problem = null;
        var body = await ControlPlaneResults.ReadObjectAsync(request, p => problem = p);
        var wanted = body is null ? null : Parse(body, p => problem = p);
        if (wanted is null)
        {
            return ControlPlaneResults.BadRequest(problem!);
        }

        try
        {
            var account = await accounts.CreateAsync(wanted, ct);
            return Results.Json(Describe(account, configured: false), statusCode: StatusCodes.Status201Created);
        }
        catch (AlreadyExistsError e)
        {
            return ControlPlaneResults.Conflict($"an account with {e.Field} '{e.Value}' exists already");
        }
    }

    private static NewAccount? Parse(JsonObject body, Action<string> problem)
    {
        if (body.Select(p => p.Key).FirstOrDefault(k => k is not ("model" or "quota" or "handle" or "login" or "password" or "full_name" or "provider" or "email")) is { } unknown)
        {
            problem($"unknown field '{unknown}'; accepted: model, quota, handle, login, password, full_name, provider, email");
            return null;
        }

        // A CloudSigma account signs in with HTTP Basic, its e-mail and password: the e-mail is its login.
        var email = Text(body, "email", problem, out var okEmail);
        if (!okEmail)
        {
            return null;
        }

        if ((string?)body["provider"] == Providers.CloudSigma)
        {
            if (email is null || !email.Contains('@', StringComparison.Ordinal) || body["login"] is not null || body["password"] is null)
            {
                problem("a cloudsigma account needs an email (with '@') and a password, and no login");
                return null;
            }

            body["login"] = email;
        }
        else if (email is not null)
        {
            problem("email is for provider \"cloudsigma\"");
            return null;
        }

        var model = Text(body, "model", problem, out var ok) ?? "rating";
        var handle = Text(body, "handle", problem, out var okHandle);
        var login = Text(body, "login", problem, out var okLogin);
        var password = Text(body, "password", problem, out var okPassword);
        var fullName = Text(body, "full_name", problem, out var okName);
        var provider = Text(body, "provider", problem, out var okProvider) ?? Providers.Gandi;
        if (!(ok && okHandle && okLogin && okPassword && okName && okProvider))
        {
            return null;
        }

        if (!Providers.IsKnown(provider))
        {
            problem($"provider must be \"{Providers.Gandi}\", \"{Providers.Gigas}\" or \"{Providers.CloudSigma}\"");
            return null;
        }

        if (model is not ("rating" or "shares"))
        {
            problem("model must be \"rating\" or \"shares\"");
            return null;
        }

        if (handle is not null && (handle.Length is 0 or > 64 || !handle.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            problem("handle must be 1 to 64 ASCII letters, digits or '-'");
            return null;
        }

        if ((login is null) != (password is null) || login?.Length > 64 || password?.Length > 256)
        {
            problem("login and password go together (at most 64 and 256 characters)");
            return null;
        }

        var quota = Quota(body["quota"], problem);
        return quota is null ? null : new NewAccount(model == "rating", quota, handle, fullName, login, password, provider);
    }

    // Defaults are the configured quota defaults (QuotaOptions); disk is in MB, as configuration says it.
    private static ResourceQuota? Quota(JsonNode? node, Action<string> problem)
    {
        var defaults = new QuotaOptions();
        if (node is null)
        {
            return new ResourceQuota(defaults.Servers, defaults.Ips, defaults.Cores, defaults.Memory, defaults.Disk * Disk.Mebibyte, defaults.Bandwidth);
        }

        if (node is not JsonObject quota || quota.Any(p => !QuotaFields.Contains(p.Key)))
        {
            problem($"quota must be an object with {string.Join(", ", QuotaFields)}");
            return null;
        }

        var bad = false;
        double Field(string name, double fallback, double max)
        {
            if (quota[name] is not { } value)
            {
                return fallback;
            }

            if (value.GetValueKind() != JsonValueKind.Number || (double)value < 0 || (double)value > max)
            {
                problem($"quota.{name} must be a number from 0 to {max}");
                bad = true;
                return 0;
            }

            return (double)value;
        }

        var result = new ResourceQuota(
            (int)Field("servers", defaults.Servers, 1_000_000), (int)Field("ips", defaults.Ips, 1_000_000), Field("cores", defaults.Cores, 1_000_000),
            (int)Field("memory", defaults.Memory, int.MaxValue), (long)Field("disk", defaults.Disk, 1L << 40) * Disk.Mebibyte, Field("bandwidth", defaults.Bandwidth, 1e12));
        return bad ? null : result;
    }

    private static string? Text(JsonObject body, string name, Action<string> problem, out bool ok)
    {
        ok = true;
        if (body[name] is not { } node)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            problem($"{name} must be a string");
            ok = false;
            return null;
        }

        return (string?)node;
    }

    private static object Describe(Account a, bool configured) => new
    {
        apikey = a.ApiKey,
        handle = a.Handle,
        model = a.RatingEnabled ? "rating" : "shares",
        login = a.Login,
        provider = a.Provider,
        account_id = a.Id,
        configured,
        quota = new
        {
            servers = a.Granted.Servers,
            ips = a.Granted.Ips,
            cores = a.Granted.Cores,
            memory = a.Granted.Memory,
            disk = a.Granted.DiskBytes / Disk.Mebibyte,
            bandwidth = a.Granted.Bandwidth,
        },
    };
}
