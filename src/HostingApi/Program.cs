using HostingApi.Hosting;
using HostingApi.Rpc;
using HostingApi.Rpc.Methods;

var builder = WebApplication.CreateSlimBuilder(args);

builder.AddHostingLogging();                              // Serilog from appsettings; one line per call
builder.Services.AddXmlRpc(builder.Configuration);       // codec limits, method registry, dispatcher
builder.Services.AddRpcMethods<SystemMethods>();          // system.listMethods, methodHelp, methodSignature, multicall

var app = builder.Build();

app.MapXmlRpc();                                          // POST /xmlrpc/ (+ / and /RPC2); GET: a help page
app.LogStartupBanner();

app.Run();

/// <summary>The entry point; public so the tests can host the real application.</summary>
public partial class Program;
