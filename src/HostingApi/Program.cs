using HostingApi.Core;
using HostingApi.Dialects.Gandi;
using HostingApi.Dialects.Gigas;
using HostingApi.Emulator;
using HostingApi.Hosting;
using HostingApi.Storage;

// The content root is the application's own folder, so appsettings.json is found whatever the
// working directory ("dotnet path/to/HostingApi.dll" from anywhere); --contentRoot still wins.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.AddHostingLogging();                        // Serilog from appsettings; one line per call
builder.Services.AddCore(builder.Configuration);    // Core/: operation queue, services, tenancy, read path
builder.Services.AddStorage(builder.Configuration); // Storage/: SQLite (file or memory), schema, seed, write lock
builder.Services.AddGandi(builder.Configuration);   // Dialects/Gandi/: XML-RPC, v3 and legacy method families
builder.Services.AddGigas(builder.Configuration);   // Dialects/Gigas/: Gigas' JSON disk and VM routes (seed 001)
builder.Services.AddEmulator(builder.Configuration); // Emulator/: the /_emulator/ control plane

var app = builder.Build();

app.MapGandi();                                     // POST /xmlrpc/ (+ / and /RPC2); GET: a help page
app.MapGigas();                                     // /token, /accounts, /account/{id}/disks, disk/{id}, virtual_machine...
app.MapEmulator();                                  // /_emulator/: health, readiness, operation control
app.LogStartupBanner();

app.Run();

/// <summary>The entry point; public so the tests can host the real application.</summary>
public partial class Program;
