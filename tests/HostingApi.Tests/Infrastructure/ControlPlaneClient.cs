using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HostingApi.Tests.Infrastructure;

/// <summary>JSON over HTTP to <c>/_emulator/</c>, as a test script would use it; shares nothing with the server's code.</summary>
public sealed class ControlPlaneClient(HttpClient http) : IDisposable
{
    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, "_emulator" + path);
        if (body is not null)
        {
            request.Content = body is string raw ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json") : JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body ?? "{}");

    public Task<(HttpStatusCode Status, JsonNode? Body)> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    public Task<(HttpStatusCode Status, JsonNode? Body)> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path);

    /// <summary>A fresh account of the control plane: its API key.</summary>
    public async Task<string> NewAccountAsync(object? request = null)
    {
        var (status, body) = await PostAsync("/accounts", request ?? new { });
        status.Should().Be(HttpStatusCode.Created, body?.ToJsonString());
        return (string)body!["apikey"]!;
    }

    public void Dispose() => http.Dispose();
}

public static class ControlPlaneClientExtensions
{
    public static ControlPlaneClient CreateControlClient(this HostingApiFactory server) => new(new HttpClient { BaseAddress = server.RootUri });

    public static string Json(this JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";
}
