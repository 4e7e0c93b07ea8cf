using HostingApi.Core.Coordination;
using HostingApi.Dialects.Gandi.Rpc;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace HostingApi.Tests.Infrastructure;

/// <summary>
/// The real application on a real Kestrel socket (dynamic port on 127.0.0.1), so tests and the
/// Python client speak actual HTTP. Adds the test-only methods (<c>test.*</c>) and a log capture.
/// </summary>
public sealed class HostingApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _time;
    private string? _postgres;

    public HostingApiFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    private HostingApiFactory(Dictionary<string, string?> settings, TimeProvider? time = null, bool https = false)
    {
        _settings = settings;
        _time = time;
        if (https)
        {
            // TLS with the certificate the server set up (Hosting/HttpsSetup: Kestrel's HTTPS defaults).
            UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.UseHttps()));
        }
        else
        {
            UseKestrel(0);
        }
    }

    /// <summary>The default test account's key (appsettings.json's first account).</summary>
    public const string DefaultKey = "hostingapidefaultkey0001";

    /// <summary>The shares-model account's key (appsettings.json's second account).</summary>
    public const string SharesKey = "hostingapisharesmodel001";

    public LogCapture Logs { get; } = new();

    /// <summary>A server with configuration overrides (e.g. <c>XmlRpc:GzipMinimumBytes</c>).</summary>
    public static HostingApiFactory WithSettings(Dictionary<string, string?> settings) => new(settings);

    /// <summary>A server on https (a free loopback port); <c>Urls</c> says https so the server makes its certificate.</summary>
    public static HostingApiFactory WithHttps(Dictionary<string, string?> settings) =>
        new(new Dictionary<string, string?>(settings) { ["Urls"] = "https://127.0.0.1:0" }, https: true);

    /// <summary>A server whose clock is <paramref name="time"/> (the queue, dates, everything).</summary>
    public static HostingApiFactory WithClock(TimeProvider time, Dictionary<string, string?>? settings = null) => new(settings ?? [], time);

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>; starts the server on first use.</summary>
    public Uri RootUri
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        }
    }

    public Uri XmlRpcUri => new(RootUri, "xmlrpc/");

    public XmlRpcTestClient CreateRpcClient() => new(new HttpClient { BaseAddress = RootUri });

    /// <summary>One call on a fresh connection.</summary>
    public async Task<RpcResult> CallAsync(string method, params object?[] arguments)
    {
        using var client = CreateRpcClient();
        return await client.CallAsync(method, arguments);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgres is not null)
        {
            TestPostgres.DropDatabase(_postgres);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Urls", "http://127.0.0.1:0");

        // Each test host gets its own private in-memory database.
        builder.UseSetting("Database:InMemory", "true");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // HOSTINGAPI_TEST_PROVIDER=Postgres: the same test on a fresh PostgreSQL database of its own.
        if (TestPostgres.IsDefaultProvider)
        {
            _postgres ??= TestPostgres.CreateDatabase();
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("Database:ConnectionString", _postgres);
        }

        builder.ConfigureServices(services =>
        {
            services.AddRpcMethods<TestMethods>();
            services.AddSingleton<ILogEventSink>(Logs);
            if (_time is not null)
            {
                // The test's clock under the emulator's virtual clock, as the wall clock is in production.
                services.AddSingleton(new VirtualClock(_time));
                services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<VirtualClock>());
            }
        });
    }
}
