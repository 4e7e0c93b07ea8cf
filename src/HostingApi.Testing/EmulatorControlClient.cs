using System.Net.Http.Json;
using System.Text.Json;

namespace HostingApi.Testing;

/// <summary>
/// Thin calls to the control plane's documented paths (docs/control-plane.md). Each answers the
/// server's JSON; a refusal throws <see cref="HttpRequestException"/> with the status and the answer.
/// </summary>
public sealed class EmulatorControlClient(HttpClient http)
{
    public Task<JsonElement> HealthAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Get, "health", null, ct);

    /// <summary>Everything back to the configured start (accounts, catalog); snapshots stay.</summary>
    public Task<JsonElement> ResetAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Post, "reset", null, ct);

    /// <summary>A new account; <paramref name="model"/> <c>rating</c> (default) or <c>shares</c>. The answer has its <c>apikey</c>.</summary>
    public Task<JsonElement> CreateAccountAsync(string? model = null, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, "accounts", model is null ? new { } : new { model }, ct);

    public Task<JsonElement> AccountsAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Get, "accounts", null, ct);

    public Task<JsonElement> SaveSnapshotAsync(string name, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, $"snapshots/{Uri.EscapeDataString(name)}", null, ct);

    public Task<JsonElement> RestoreSnapshotAsync(string name, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, $"snapshots/{Uri.EscapeDataString(name)}/restore", null, ct);

    public Task<JsonElement> ClockAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Get, "clock", null, ct);

    /// <summary>Stops the clock at <paramref name="now"/> (or where it is).</summary>
    public Task<JsonElement> FreezeClockAsync(DateTimeOffset? now = null, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, "clock", now is { } at ? new { mode = "frozen", now = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) } : new { mode = "frozen" }, ct);

    /// <summary>Moves the clock on; what becomes due runs at once.</summary>
    public Task<JsonElement> AdvanceClockAsync(TimeSpan by, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, "clock", new { advance_seconds = by.TotalSeconds }, ct);

    public Task<JsonElement> PoliciesAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Get, "policies", null, ct);

    /// <summary>Replaces the whole policy document: <c>new { @default = new { mode = "Held" }, types = new { } }</c>.</summary>
    public Task<JsonElement> SetPoliciesAsync(object policies, CancellationToken ct = default) => SendAsync(HttpMethod.Put, "policies", policies, ct);

    /// <summary>The next <paramref name="count"/> operations of <paramref name="type"/> end in ERROR with <paramref name="lastError"/>.</summary>
    public Task<JsonElement> FailNextOperationsAsync(string type, int count, string lastError, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, "operations/rules", new { type, count, last_error = lastError }, ct);

    public Task<JsonElement> ReleaseOperationAsync(int id, CancellationToken ct = default) => SendAsync(HttpMethod.Post, $"operations/{id}/release", null, ct);

    public Task<JsonElement> HoldOperationAsync(int id, CancellationToken ct = default) => SendAsync(HttpMethod.Post, $"operations/{id}/hold", null, ct);

    public Task<JsonElement> FailOperationAsync(int id, string error, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, $"operations/{id}/fail?error={Uri.EscapeDataString(error)}", null, ct);

    /// <summary>The journal of calls and operations.</summary>
    public Task<JsonElement> JournalAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Get, "journal", null, ct);

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, $"_emulator/{path}") { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} /_emulator/{path} answered {(int)response.StatusCode}: {text}", null, response.StatusCode);
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
