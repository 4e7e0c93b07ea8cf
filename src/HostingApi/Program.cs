using HostingApi.Core;
using HostingApi.Dialects.Gandi;
using HostingApi.Emulator;
using HostingApi.Hosting;
using HostingApi.Hosting.CommandLine;
using HostingApi.Storage;

// hostingapi --help, --version and the control-plane verbs end here; serving goes on below.
var command = HostingCommandLine.Parse(args);
if (!command.Serves)
{
    return await command.RunAsync();
}

// The content root is the application's own folder, so appsettings.json is found whatever the
// working directory ("dotnet path/to/HostingApi.dll" from anywhere); --contentRoot still wins.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = command.ServerArgs, ContentRootPath = AppContext.BaseDirectory });
builder.AddSettingsFile(command.ConfigFile, command.ServerArgs!); // --config FILE, below the command line

builder.AddHostingLogging();                        // Serilog from appsettings; one line per call
builder.Services.AddCore(builder.Configuration);    // Core/: operation queue, services, tenancy, read path
builder.Services.AddStorage(builder.Configuration); // Storage/: SQLite (file or memory), schema, seed, write lock
builder.Services.AddGandi(builder.Configuration);   // Dialects/Gandi/: XML-RPC, v3 and legacy method families

var app = builder.BuildOrExplain();                 // a bad setting read while building: one line, exit code 2
if (app is null)
{
    return StartupErrors.ExitCode;
}

app.MapGandi();                                     // POST /xmlrpc/ (+ / and /RPC2); GET: a help page
app.MapEmulatorControl();                           // /_emulator/: health, hold/release/fail an operation
app.WarnAboutUnknownSettings();                     // Operations:Default:Mdoe and the like, by name
app.LogStartupBanner();

return await app.RunOrExplainAsync();               // a port in use, a bad setting: one line, exit code 2

/// <summary>The entry point; public so the tests can host the real application.</summary>
public partial class Program;
