using Serilog;
using Serilog.Events;

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
            .Enrich.FromLogContext()
            .Filter.ByExcluding(IsExplainedStartupFailure),
            preserveStaticLogger: true);
        return builder;
    }

    // The host logs its start-up failure with the whole stack trace; one StartupErrors explains in a
    // line is not logged, so the user reads that line alone.
    // EF Core's own "error using the connection" line says less than the exception that follows it,
    // which start-up explains (Database:Path) and a call's error log records with its correlation id.
    private static bool IsExplainedStartupFailure(LogEvent e) =>
        e.Level >= LogEventLevel.Error
        && ((e.Exception is { } exception && StartupErrors.Describe(exception) is not null)
            || (e.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: "Microsoft.EntityFrameworkCore.Database.Connection" }));
}
