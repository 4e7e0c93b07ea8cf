using System.Net;
using System.Text;

namespace HostingApi.Hosting.CommandLine;

/// <summary>One HTTP call to <c>{url}/_emulator/{path}</c>, its answer on standard output, and the exit code.</summary>
public static class ControlPlaneCall
{
    public const int ServerError = 1;

    public static async Task<int> SendAsync(Uri server, HttpMethod method, string path, string? json, CancellationToken ct)
    {
        using var http = Client();
        using var request = new HttpRequestMessage(method, Address(server, path));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        try
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (response.IsSuccessStatusCode)
            {
                await Console.Out.WriteLineAsync(body);
                return 0;
            }

            await Console.Error.WriteLineAsync($"hostingapi: {method} {request.RequestUri} answered {(int)response.StatusCode} {response.ReasonPhrase}: {body}");
            return ServerError;
        }
        catch (HttpRequestException e)
        {
            await Console.Error.WriteLineAsync($"hostingapi: {method} {request.RequestUri} failed: {e.Message}");
            return ServerError;
        }
    }

    /// <summary>0 when <c>/_emulator/ready</c> answers 200; a server without it is asked <c>/_emulator/health</c>.</summary>
    public static async Task<int> HealthcheckAsync(Uri server, CancellationToken ct)
    {
        using var http = Client();
        try
        {
            using var ready = await http.GetAsync(Address(server, "ready"), ct);
            var status = ready.StatusCode;
            if (status == HttpStatusCode.NotFound)
            {
                using var health = await http.GetAsync(Address(server, "health"), ct);
                status = health.StatusCode;
            }

            if (status == HttpStatusCode.OK)
            {
                await Console.Out.WriteLineAsync($"{server} is ready");
                return 0;
            }

            await Console.Error.WriteLineAsync($"hostingapi: {server} is not ready (HTTP {(int)status})");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"hostingapi: {server} is not ready: {e.Message}");
        }

        return ServerError;
    }

    private static HttpClient Client() => new() { Timeout = TimeSpan.FromSeconds(10) };

    private static Uri Address(Uri server, string path) => new(new Uri(server.AbsoluteUri.TrimEnd('/') + "/"), $"_emulator/{path}");
}
