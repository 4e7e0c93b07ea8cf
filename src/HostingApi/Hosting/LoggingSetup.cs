using Serilog;

namespace HostingApi.Hosting;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog, configured from the <c>Serilog</c> section of appsettings (sinks, levels, enrichers).
    /// Sinks registered as services (tests use this to capture events) are added too.
    /// The static <c>Log.Logger</c> is left alone: each host logs through its own logger, so several
    /// hosts in one process (the test suite) never write into each other's sinks.
    /// </summary>
    public static WebApplicationBuilder AddHostingLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }
}
