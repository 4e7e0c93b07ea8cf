using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HostingApi.Tests.Infrastructure;

/// <summary>
/// A stand-in for the documented /_emulator/ contract (reset, accounts, journal, snapshots), so the
/// command-line verbs can be tested before, and apart from, the real control plane. Records each request.
/// </summary>
public sealed class FakeControlPlane : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeControlPlane(WebApplication app) => _app = app;

    public ConcurrentQueue<string> Requests { get; } = new();

    public Uri Url => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<FakeControlPlane> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeControlPlane(app);
        app.Use(async (context, next) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            fake.Requests.Enqueue($"{context.Request.Method} {context.Request.Path} {await reader.ReadToEndAsync()}".TrimEnd());
            await next(context);
        });
        app.MapPost("/_emulator/reset", () => Results.Json(new { status = "reset" }));
        app.MapPost("/_emulator/accounts", () => Results.Json(new { handle = "HA3-GANDI", apikey = "fakefakefakefakefake0003" }));
        app.MapGet("/_emulator/journal", () => Results.Json(new[] { new { method = "hosting.disk.list" } }));
        app.MapPost("/_emulator/snapshots/{name}", (string name) => Results.Json(new { saved = name }));
        app.MapPost("/_emulator/snapshots/{name}/restore", (string name) =>
            name == "missing" ? Results.Json(new { error = "no snapshot 'missing'" }, statusCode: 404) : Results.Json(new { restored = name }));
        app.MapGet("/_emulator/ready", () => Results.Ok());
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
