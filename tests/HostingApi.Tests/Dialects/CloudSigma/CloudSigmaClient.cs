using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Dialects.CloudSigma;

/// <summary>JSON over HTTP to <c>/api/2.0/</c> with HTTP Basic, as CloudSigma's clients call it.</summary>
public sealed class CloudSigmaClient(HttpClient http) : IDisposable
{
    public const string Email = "hostingapi@example.com";
    public const string Password = "hostingapi";

    public static CloudSigmaClient For(HostingApiFactory server, string email = Email, string password = Password)
    {
        var http = new HttpClient { BaseAddress = new Uri(server.RootUri, "api/2.0/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{password}")));
        return new CloudSigmaClient(http);
    }

    public HttpClient Http => http;

    public Task<Answer> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<Answer> PostAsync(string path, object? body) => SendAsync(HttpMethod.Post, path, body);

    public Task<Answer> PutAsync(string path, object? body) => SendAsync(HttpMethod.Put, path, body);

    public Task<Answer> DeleteAsync(string path, object? body = null) => SendAsync(HttpMethod.Delete, path, body);

    public async Task<Answer> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            var text = body as string ?? System.Text.Json.JsonSerializer.Serialize(body);
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, content.Length == 0 ? null : JsonNode.Parse(content), response.Content.Headers.ContentType?.ToString());
    }

    /// <summary>Creates one drive and answers its uuid.</summary>
    public async Task<string> CreateDriveAsync(string name = "d1", long size = 1024000000)
    {
        var created = await PostAsync("drives/", new { name, size, media = "disk" });
        created.Status.Should().Be(HttpStatusCode.Created);
        return created.Body!["objects"]![0]!["uuid"]!.GetValue<string>();
    }

    /// <summary>Creates one stopped server (1 GHz, 512 MiB, one DHCP NIC) with the drives given on virtio 0:0, 0:1 ...; answers its uuid.</summary>
    public async Task<string> CreateServerAsync(string name = "s1", params string[] drives)
    {
        var created = await PostAsync("servers/", new
        {
            name,
            cpu = 1000,
            mem = 536870912L,
            vnc_password = "secret",
            nics = new[] { new { ip_v4_conf = new { conf = "dhcp" }, model = "virtio" } },
            drives = drives.Select((uuid, i) => new { boot_order = i == 0 ? (int?)1 : null, dev_channel = $"0:{i}", device = "virtio", drive = uuid }).ToArray(),
        });
        created.Status.Should().Be(HttpStatusCode.Created);
        return created.Body!["objects"]![0]!["uuid"]!.GetValue<string>();
    }

    public void Dispose() => http.Dispose();

    public sealed record Answer(HttpStatusCode Status, JsonNode? Body, string? ContentType)
    {
        /// <summary>The first error of CloudSigma's error list.</summary>
        public JsonNode Error => Body!.AsArray()[0]!;
    }
}
