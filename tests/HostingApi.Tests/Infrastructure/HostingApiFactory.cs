using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using HostingApi.Rpc;
using Serilog.Core;

namespace HostingApi.Tests.Infrastructure;

/// <summary>
/// The real application on a real Kestrel socket (dynamic port on 127.0.0.1), so tests and the
/// Python client speak actual HTTP. Adds the test-only methods (<c>test.*</c>) and a log capture.
/// </summary>
public sealed class HostingApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public HostingApiFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    private HostingApiFactory(Dictionary<string, string?> settings)
    {
        _settings = settings;
        UseKestrel(0);
    }

    public LogCapture Logs { get; } = new();

    /// <summary>A server with configuration overrides (e.g. <c>XmlRpc:GzipMinimumBytes</c>).</summary>
    public static HostingApiFactory WithSettings(Dictionary<string, string?> settings) => new(settings);

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Urls", "http://127.0.0.1:0");

        // Each test host gets its own private in-memory database.
        builder.UseSetting("Database:InMemory", "true");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddRpcMethods<TestMethods>();
            services.AddSingleton<ILogEventSink>(Logs);
        });
    }
}
