using Serilog;

namespace HostingApi.Hosting;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog, configured from the <c>Serilog</c> section of appsettings (sinks, levels, enrichers).
    /// Sinks registered as services (tests use this to capture events) are added too.
    /// </summary>
    public static WebApplicationBuilder AddHostingLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
