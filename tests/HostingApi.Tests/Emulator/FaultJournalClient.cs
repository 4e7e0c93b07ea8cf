using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Emulator;

/// <summary>
/// The fault and journal endpoints of a test server as <see cref="JsonElement"/>s, with the shortcuts those
/// tests repeat (add a rule, read the journal, start clean); other control-plane tests use
/// <see cref="Infrastructure.ControlPlaneClient"/>.
/// </summary>
public sealed class FaultJournalClient(HostingApiFactory server) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = server.RootUri };

    public async Task<(int Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, "_emulator/" + path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Adds a rule and answers its id.</summary>
    public async Task<string> AddRuleAsync(string json)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "faults", json);
        status.Should().Be(201, body.ToString());
        return body.GetProperty("id").GetString()!;
    }

    public async Task<JsonElement> JournalAsync(string query = "")
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "journal" + query);
        status.Should().Be(200, body.ToString());
        return body;
    }

    public async Task<string> JournalTextAsync(string path = "journal") =>
        await _http.GetStringAsync("_emulator/" + path);

    /// <summary>No rules, an empty journal: each test starts clean on the shared server.</summary>
    public async Task ClearAsync()
    {
        (await SendAsync(HttpMethod.Delete, "faults")).Status.Should().Be(200);
        (await SendAsync(HttpMethod.Delete, "journal")).Status.Should().Be(200);
    }

    public async Task<JsonElement> PostJsonAsync(string path, object body)
    {
        using var response = await _http.PostAsJsonAsync("_emulator/" + path, body);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public void Dispose() => _http.Dispose();
}
