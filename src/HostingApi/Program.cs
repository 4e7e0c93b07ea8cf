using HostingApi.Hosting;
using HostingApi.Rpc;
using HostingApi.Rpc.Methods;

// The content root is the application's own folder, so appsettings.json is found whatever the
// working directory ("dotnet path/to/HostingApi.dll" from anywhere); --contentRoot still wins.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.AddHostingLogging();                              // Serilog from appsettings; one line per call
builder.Services.AddXmlRpc(builder.Configuration);       // codec limits, method registry, dispatcher
builder.Services.AddRpcMethods<SystemMethods>();          // system.listMethods, methodHelp, methodSignature, multicall

var app = builder.Build();

app.MapXmlRpc();                                          // POST /xmlrpc/ (+ / and /RPC2); GET: a help page
app.LogStartupBanner();

app.Run();

/// <summary>The entry point; public so the tests can host the real application.</summary>
public partial class Program;
