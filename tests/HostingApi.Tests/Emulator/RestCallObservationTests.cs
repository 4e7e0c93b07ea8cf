using System.Net;
using System.Text.Json.Nodes;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Emulator;

/// <summary>Fault rules and the journal see the REST dialects' calls (Gigas, CloudSigma) as they see Gandi's.</summary>
public sealed class RestCallObservationTests
{
    private const string GigasKey = "hostingapigigaskey000001";

    [Fact]
    public async Task A_fault_rule_answers_a_Gigas_call_and_the_journal_keeps_both_calls_with_the_key_as_a_tag()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var http = new HttpClient { BaseAddress = server.RootUri };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"Bearer {GigasKey}");
        http.DefaultRequestHeaders.Add("X-Emulator-Test-Id", "rest-1");
        var accountId = (long)JsonNode.Parse(await http.GetStringAsync("accounts"))![0]!["id"]!;
        (await control.PostAsync("/faults", new { match = new { method = "GET /account/*", test_id = "rest-1" }, action = new { type = "http", status = 503, retry_after = 2 }, times = 1 }))
            .Status.Should().Be(HttpStatusCode.Created);

        using var refused = await http.GetAsync($"account/{accountId}/disks");
        using var served = await http.GetAsync($"account/{accountId}/disks");

        refused.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(2));
        served.StatusCode.Should().Be(HttpStatusCode.OK);
        var (_, journal) = await control.GetAsync("/journal?test_id=rest-1&method=GET%20/account/*");
        var calls = journal!["calls"]!.AsArray();
        calls.Select(c => (int?)c!["http_status"]).Should().BeEquivalentTo(new int?[] { 503, 200 });
        journal.ToJsonString().Should().NotContain(GigasKey);
    }

    [Fact]
    public async Task CloudSigma_calls_are_journalled_without_their_credentials()
    {
        await using var server = new HostingApiFactory();
        using var control = server.CreateControlClient();
        using var http = new HttpClient { BaseAddress = server.RootUri };
        var basic = Convert.ToBase64String("hostingapi@example.com:hostingapi"u8.ToArray());
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"Basic {basic}");

        (await http.GetAsync("api/2.0/drives/?limit=0")).StatusCode.Should().Be(HttpStatusCode.OK);

        var (_, journal) = await control.GetAsync("/journal?method=GET%20/api/2.0/*");
        journal!["calls"]!.AsArray().Should().NotBeEmpty();
        journal.ToJsonString().Should().NotContain(basic).And.NotContain("hostingapi@example.com:hostingapi");
    }
}
