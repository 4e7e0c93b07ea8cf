using HostingApi.Core.Operations;
using HostingApi.Core.Services;
using HostingApi.Dialects.Gandi.Endpoint;
using HostingApi.Dialects.Gandi.Legacy;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Dialects.Gandi.V3;
using HostingApi.Emulator;
using HostingApi.Hosting;
using HostingApi.Storage;

// The content root is the application's own folder, so appsettings.json is found whatever the
// working directory ("dotnet path/to/HostingApi.dll" from anywhere); --contentRoot still wins.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.AddHostingLogging();                              // Serilog from appsettings; one line per call
builder.Services.AddHostingData(builder.Configuration);  // SQLite (file or memory), schema, catalog and accounts
builder.Services.AddOperationQueue(builder.Configuration); // operation policies, runner, background processor
builder.Services.AddHostingServices(builder.Configuration); // one service per resource, tenancy, read cache
builder.Services.AddXmlRpc(builder.Configuration);       // codec limits, method registry, dispatcher
builder.Services.AddRpcMethods<SystemMethods>();          // system.listMethods, methodHelp, methodSignature, multicall
builder.Services.AddRpcMethods<AccountMethods>();         // hosting.account.info, rating.list, contact.balance, version.info
builder.Services.AddRpcMethods<CatalogMethods>();         // datacenters, images, kernels, snapshot profiles
builder.Services.AddRpcMethods<OperationMethods>();       // operation.info, list, count, cancel
builder.Services.AddRpcMethods<HostingDiskMethods>();     // hosting.disk.*
builder.Services.AddRpcMethods<SshMethods>();             // hosting.ssh.*
builder.Services.AddRpcMethods<NetworkMethods>();         // hosting.iface.*, hosting.ip.*, hosting.vlan.*
builder.Services.AddRpcMethods<VmMethods>();              // hosting.vm.*
builder.Services.AddRpcMethods<LegacyAccountMethods>();   // legacy v1: login, account_*, hosting_account_*
builder.Services.AddRpcMethods<LegacyHostingMethods>();   // legacy v1: vm_*, disk_*, os_list, operation_*

var app = builder.Build();

app.MapXmlRpc();                                          // POST /xmlrpc/ (+ / and /RPC2); GET: a help page
app.MapEmulatorControl();                                 // /_emulator/: health, hold/release/fail an operation
app.LogStartupBanner();

app.Run();

/// <summary>The entry point; public so the tests can host the real application.</summary>
public partial class Program;
