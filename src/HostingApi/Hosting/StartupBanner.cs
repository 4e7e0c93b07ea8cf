using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace HostingApi.Hosting;

/// <summary>Says, once the server listens, where to point a client.</summary>
public static partial class StartupBanner
{
    public static WebApplication LogStartupBanner(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HostingApi");
            foreach (var address in addresses)
            {
                LogListening(log, $"{address.TrimEnd('/')}/xmlrpc/");
            }
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HostingApi answers XML-RPC at {Endpoint}")]
    private static partial void LogListening(ILogger log, string endpoint);
}
