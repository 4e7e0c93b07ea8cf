using HostingApi.Hosting.CommandLine;
using HostingApi.Hosting;

// hostingapi --help, --version and the control-plane verbs end here; serving goes on below.
var command = HostingCommandLine.Parse(args);
if (!command.Serves)
{
    return await command.RunAsync();
}

RuntimeSettings.ApplyByReexec();                    // the launch profile's GC and JIT settings, however it was started

// The content root is the application's own folder, so appsettings.json is found whatever the
// working directory ("dotnet path/to/HostingApi.dll" from anywhere); --contentRoot still wins.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = command.ServerArgs, ContentRootPath = AppContext.BaseDirectory });
builder.AddSettingsFile(command.ConfigFile, command.ServerArgs!); // --config FILE, below the command line
builder.AddHostingApi();                            // Serilog; Core/, Storage/, Dialects/Gandi/ (Hosting/ServerComposition)

var app = builder.BuildOrExplain();                 // a bad setting read while building: one line, exit code 2
if (app is null)
{
    return StartupErrors.ExitCode;
}

app.MapHostingApi();                                // /xmlrpc/, /_emulator/, unknown-setting warnings, the banner
return await app.RunOrExplainAsync();               // a port in use, a bad database: one line, exit code 2

/// <summary>The entry point; public so the tests can host the real application.</summary>
public partial class Program;
