using HostingApi.Core;
using HostingApi.Dialects.CloudSigma;
using HostingApi.Dialects.Gandi;
using HostingApi.Dialects.Gigas;
using HostingApi.Emulator;
using HostingApi.Storage;

namespace HostingApi.Hosting;

/// <summary>
/// The server's table of contents, shared by Program.cs and the in-process test fixture
/// (HostingApi.Testing), so the two can never compose different servers.
/// </summary>
public static class ServerComposition
{
    public static WebApplicationBuilder AddHostingApi(this WebApplicationBuilder builder)
    {
        builder.AddHostingLogging();                        // Serilog from appsettings; one line per call
        builder.AddHttpsOnRequest();                        // TLS when Urls names https:// (CloudSigma's clients need it)
        builder.Services.AddCore(builder.Configuration);    // Core/: operation queue, services, tenancy, read path
        builder.Services.AddStorage(builder.Configuration); // Storage/: SQLite (file or memory), schema, seed, write lock
        builder.Services.AddGandi(builder.Configuration);   // Dialects/Gandi/: XML-RPC, v3 and legacy method families
        builder.Services.AddGigas(builder.Configuration);   // Dialects/Gigas/: Gigas' JSON disk and VM routes (seed 001)
        builder.Services.AddCloudSigma(builder.Configuration); // Dialects/CloudSigma/: REST/JSON API 2.0 under /api/2.0/
        builder.Services.AddEmulator(builder.Configuration); // Emulator/: the /_emulator/ control plane
        return builder;
    }

    public static WebApplication MapHostingApi(this WebApplication app)
    {
        app.Services.BeginReadyingStore();                  // Storage/: EF Core's cold start on one core while the rest maps
        app.MapGandi();                                     // POST /xmlrpc/ (+ / and /RPC2); GET: a help page
        app.MapGigas();                                     // /token, /accounts, /account/{id}/disks, disk/{id}, virtual_machine...
        app.MapCloudSigma();                                // /api/2.0/: drives, library drives, capabilities (HTTP Basic)
        app.MapEmulator();                                  // /_emulator/: accounts, state, clock, policies, operations, faults, journal
        app.WarnAboutUnknownSettings();                     // Operations:Default:Mdoe and the like, by name
        app.LogStartupBanner();
        return app;
    }
}
