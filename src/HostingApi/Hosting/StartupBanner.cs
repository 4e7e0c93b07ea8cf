using HostingApi.Core.Domain;
using HostingApi.Core.Operations;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gandi.Rpc.Binding;
using HostingApi.Emulator;
using HostingApi.Storage;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace HostingApi.Hosting;

/// <summary>Says, once the server listens, where to point a client, with which keys, and how it behaves.</summary>
public static partial class StartupBanner
{
    public static WebApplication LogStartupBanner(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HostingApi");
            var dashboard = app.Services.GetRequiredService<IOptions<EmulatorOptions>>().Value.Dashboard.Enabled;
            foreach (var address in addresses)
            {
                LogListening(log, $"{address.TrimEnd('/')}/xmlrpc/");
                LogControlPlane(log, $"{address.TrimEnd('/')}/_emulator/");
                if (dashboard)
                {
                    LogDashboard(log, $"{address.TrimEnd('/')}/_emulator/ui/");
                }
                LogGigas(log, $"{address.TrimEnd('/')}/account/<account_id>/");
                LogCloudSigma(log, $"{address.TrimEnd('/')}/api/2.0/");
            }

            // The keys documented in the README are no secret and are printed whole; any other key is not.
            foreach (var account in app.Services.GetRequiredService<ConfiguredAccounts>().All)
            {
                var key = DocumentedApiKeys.Contains(account.ApiKey) ? account.ApiKey : ApiKey.Redact(account.ApiKey);
                if (account.Provider == Providers.Gigas)
                {
                    LogGigasAccount(log, account.Handle, account.Login ?? "(none)", key);
                }
                else if (account.Provider == Providers.CloudSigma && account.Login is { } login)
                {
                    // HTTP Basic with its e-mail; the documented password is printed, any other is not.
                    LogCloudSigmaAccount(log, login, account.Password == DocumentedPassword ? account.Password : "(configured)");
                }
                else
                {
                    LogAccount(log, account.Handle, account.Model, key);
                }
            }

            var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            LogStore(log, database.InMemory ? "in memory (nothing is kept)" : $"SQLite file {Path.GetFullPath(database.Path)}");
            LogPolicy(log, Describe(app.Services.GetRequiredService<OperationQueueOptions>()));
        });
        return app;
    }

    /// <summary>"Instant", or "Timed (wait 1 s, run 10 s); vm_create: Held" when types differ from the default.</summary>
    public static string Describe(OperationQueueOptions operations) =>
        string.Join("; ", operations.Types.Select(t => $"{t.Key}: {Describe(t.Value)}").Prepend(Describe(operations.Default)));

    private static string Describe(OperationPolicy policy) => policy.Mode == OperationMode.Timed
        ? $"Timed (wait {policy.WaitSeconds} s, run {policy.RunSeconds} s)"
        : policy.Mode.ToString();

    private const string DocumentedPassword = "hostingapi";

    [LoggerMessage(Level = LogLevel.Information, Message = "CloudSigma API 2.0 at {Endpoint} (HTTP Basic)")]
    private static partial void LogCloudSigma(ILogger log, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "CloudSigma account: e-mail {Email}, password {Password}")]
    private static partial void LogCloudSigmaAccount(ILogger log, string email, string password);

    /// <summary>The keys of the accounts appsettings.json ships, documented in the README.</summary>
    private static readonly string[] DocumentedApiKeys = ["hostingapidefaultkey0001", "hostingapisharesmodel001", "hostingapigigaskey000001", "hostingapicloudsigma0001"];

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Handle} ({Model} model): API key {ApiKey}")]
    private static partial void LogAccount(ILogger log, string handle, string model, string apiKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gigas account {Handle}: POST /token with login {Login} (password in appsettings.json), or Authorization: Bearer {ApiKey}")]
    private static partial void LogGigasAccount(ILogger log, string handle, string login, string apiKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "HostingApi answers Gigas' JSON API at {Endpoint}")]
    private static partial void LogGigas(ILogger log, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "HostingApi answers XML-RPC at {Endpoint}")]
    private static partial void LogListening(ILogger log, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Control plane (reset, accounts, clock, faults, journal) at {Endpoint}")]
    private static partial void LogControlPlane(ILogger log, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dashboard at {Endpoint}")]
    private static partial void LogDashboard(ILogger log, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "State: {Store}")]
    private static partial void LogStore(ILogger log, string store);

    [LoggerMessage(Level = LogLevel.Information, Message = "Operations: {Policy} (Operations:Default:Mode and Operations:Types)")]
    private static partial void LogPolicy(ILogger log, string policy);
}
