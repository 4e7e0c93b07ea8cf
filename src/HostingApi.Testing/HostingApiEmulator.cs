using System.Net;
using System.Text.Json;
using HostingApi.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HostingApi.Testing;

/// <summary>
/// The real HostingApi server inside the test process, on a free loopback port, in memory unless
/// told otherwise: <c>await using var emulator = await HostingApiEmulator.StartAsync();</c>, then point a
/// client at <see cref="XmlRpcUrl"/> with <see cref="ApiKey"/>. Disposing it stops the server.
/// </summary>
public sealed class HostingApiEmulator : IAsyncDisposable
{
    /// <summary>The key of the account appsettings.json ships (credit model), documented in the README.</summary>
    public const string DefaultApiKey = "hostingapidefaultkey0001";

    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private HostingApiEmulator(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        _http = new HttpClient { BaseAddress = baseUrl };
        Control = new EmulatorControlClient(_http);
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Where XML-RPC clients post: <c>{BaseUrl}xmlrpc/</c>.</summary>
    public Uri XmlRpcUrl => new(BaseUrl, "xmlrpc/");

    /// <summary>A fresh account's key when the control plane makes accounts, else <see cref="DefaultApiKey"/>.</summary>
    public string ApiKey { get; private set; } = DefaultApiKey;

    /// <summary>The control plane (<c>/_emulator/</c>): reset, accounts, clock, policies, faults, journal.</summary>
    public EmulatorControlClient Control { get; }

    /// <summary>The server's services, for a test that needs to look inside.</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<HostingApiEmulator> StartAsync(HostingApiEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new HostingApiEmulatorOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });

        // Only the server's own settings and the test's: not the test folder's appsettings.json, nor the environment.
        builder.Configuration.Sources.Clear();
        using var shipped = typeof(HostingApiEmulator).Assembly.GetManifestResourceStream("HostingApi.Testing.appsettings.json")!;
        builder.Configuration.AddJsonStream(shipped);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Database:InMemory"] = options.Settings.ContainsKey("Database:Path") ? "false" : "true",
            ["Serilog:MinimumLevel:Default"] = options.LogCalls ? "Information" : "Warning",
        });
        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.AddHostingApi();

        var app = builder.Build();
        app.MapHostingApi();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var emulator = new HostingApiEmulator(app, new Uri(address.TrimEnd('/') + "/"));
        if (options.FreshAccount)
        {
            emulator.ApiKey = await emulator.FreshApiKeyAsync(cancellationToken) ?? DefaultApiKey;
        }

        return emulator;
    }

    // A server without POST /_emulator/accounts (404 or 405) leaves the default account's key.
    private async Task<string?> FreshApiKeyAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsync("_emulator/accounts", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return answer.RootElement.GetProperty("apikey").GetString();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
