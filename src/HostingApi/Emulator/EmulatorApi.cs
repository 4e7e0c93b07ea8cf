using System.Security.Cryptography;
using System.Text;
using HostingApi.Core.Calls;
using HostingApi.Core.Coordination;
using HostingApi.Emulator.Dashboard;
using HostingApi.Emulator.Faults;
using HostingApi.Emulator.Journal;
using Microsoft.Extensions.Options;

namespace HostingApi.Emulator;

/// <summary>
/// The emulator's own control plane under <c>/_emulator/</c>, apart from the emulated APIs (as
/// LocalStack's <c>/_localstack</c>, moto's <c>/moto-api</c>): JSON in and out, on the API's own
/// listener (loopback by default), behind a bearer token when <c>Emulator:Token</c> is set.
/// Each concern maps its routes in its own file; <c>GET /_emulator/</c> lists them all.
/// </summary>
public static class EmulatorApi
{
    public const string Prefix = "/_emulator";

    public static IServiceCollection AddEmulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmulatorOptions>().Bind(configuration.GetSection(EmulatorOptions.Section));
        if (configuration.GetValue<bool>($"{EmulatorOptions.Section}:{nameof(EmulatorOptions.Deterministic)}"))
        {
            services.AddSingleton<DeterministicIdentities>();
            services.AddSingleton<IIdentities>(sp => sp.GetRequiredService<DeterministicIdentities>());
            services.AddSingleton<IResettable>(sp => sp.GetRequiredService<DeterministicIdentities>());
        }

        services.AddSingleton<Snapshots>();
        services.AddScoped<ControlPlaneReset>();
        services.AddHostedService<SeedFiles>();

        services.AddSingleton<FaultInjector>();
        services.AddSingleton<ICallInterceptor>(sp => sp.GetRequiredService<FaultInjector>());
        services.AddSingleton<ISharedSetting>(sp => sp.GetRequiredService<FaultInjector>());
        services.AddSingleton<RequestJournal>();
        services.AddSingleton<ICallJournal>(sp => sp.GetRequiredService<RequestJournal>());
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<RequestJournal>());
        return services;
    }

    public static IEndpointRouteBuilder MapEmulator(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup(Prefix).AddEndpointFilter(RequireTokenAsync);
        control.MapGet("/", (EndpointDataSource endpoints) => Results.Json(new { endpoints = Index(endpoints) }));
        control.MapHealth();
        control.MapAccounts();
        control.MapState();
        control.MapClock();
        control.MapPolicies();
        control.MapOperationControl();
        control.MapFaults();
        control.MapJournal();
        app.MapDashboard(app.ServiceProvider.GetRequiredService<IOptions<EmulatorOptions>>().Value.Dashboard); // its own route group: a browser cannot send the Bearer header
        return app;
    }

    // Every route under the prefix, as "VERB /path", for GET /_emulator/.
    private static IEnumerable<string> Index(EndpointDataSource endpoints) =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(Prefix, StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(verb => $"{verb} {e.RoutePattern.RawText}"))
            .Distinct().Order(StringComparer.Ordinal);

    private static async ValueTask<object?> RequireTokenAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var token = context.HttpContext.RequestServices.GetRequiredService<IOptions<EmulatorOptions>>().Value.Token;
        if (string.IsNullOrEmpty(token) || Matches(context.HttpContext.Request.Headers.Authorization.ToString(), token))
        {
            return await next(context);
        }

        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Json(new { error = "unauthorized", message = "the control plane needs Authorization: Bearer <Emulator:Token>" }, statusCode: StatusCodes.Status401Unauthorized);
    }

    /// <summary>Whether an <c>Authorization</c> header carries <paramref name="token"/> (compared in fixed time).</summary>
    public static bool Matches(string header, string token) =>
        header.StartsWith("Bearer ", StringComparison.Ordinal)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()), Encoding.UTF8.GetBytes(token));
}
