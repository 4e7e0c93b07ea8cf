using System.Net;
using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Dashboard;

/// <summary>The dashboard's switch, its link from the help page, and its refusal of actions from other sites (no browser needed).</summary>
public sealed class DashboardSettingsTests
{
    [Fact]
    public async Task It_is_on_by_default_and_linked_from_the_help_page()
    {
        await using var server = new HostingApiFactory();
        using var http = new HttpClient { BaseAddress = server.RootUri };

        (await http.GetStringAsync("/")).Should().Contain("href=\"/_emulator/ui/\"");
        (await http.GetAsync("/_emulator/ui/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Turned_off_its_routes_are_gone_and_the_help_page_does_not_link_it()
    {
        await using var server = HostingApiFactory.WithSettings(new() { ["Emulator:Dashboard:Enabled"] = "false" });
        using var http = new HttpClient { BaseAddress = server.RootUri };

        (await http.GetStringAsync("/")).Should().NotContain("/_emulator/ui/");
        (await http.GetAsync("/_emulator/ui/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await http.GetAsync("/_emulator/health")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_action_posted_from_another_site_is_refused_and_changes_nothing()
    {
        await using var server = new HostingApiFactory();
        using var http = new HttpClient { BaseAddress = server.RootUri };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_emulator/ui/actions/fault-add")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["method"] = "*", ["return"] = "/_emulator/ui/faults" }),
        };
        request.Headers.Add("Origin", "http://elsewhere.example");

        (await http.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await http.GetStringAsync("/_emulator/faults")).Should().Be("""{"rules":[]}""");
    }

    [Fact]
    public async Task Request_values_are_escaped_in_the_page()
    {
        await using var server = new HostingApiFactory();
        using var http = new HttpClient { BaseAddress = server.RootUri };

        var html = await http.GetStringAsync("/_emulator/ui/journal?method=%3Cscript%3Ealert(1)%3C/script%3E&notice=%3Cb%3Ehi%3C/b%3E");

        html.Should().NotContain("<script>alert").And.NotContain("<b>hi</b>").And.Contain("&lt;b&gt;hi&lt;/b&gt;");
    }

    [Fact]
    public async Task Behind_a_token_the_token_given_once_in_the_address_opens_the_dashboard_but_not_the_json_api()
    {
        await using var server = HostingApiFactory.WithSettings(new() { ["Emulator:Token"] = "s3cret" });
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = true, UseCookies = true }) { BaseAddress = server.RootUri };

        (await http.GetAsync("/_emulator/ui/")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await http.GetAsync("/_emulator/ui/?token=wrong")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var opened = await http.GetAsync("/_emulator/ui/journal?token=s3cret&method=hosting.*");

        opened.StatusCode.Should().Be(HttpStatusCode.OK);
        opened.RequestMessage!.RequestUri!.Query.Should().Be("?method=hosting.*", "the token is taken out of the address");
        (await http.GetAsync("/_emulator/ui/operations")).StatusCode.Should().Be(HttpStatusCode.OK, "the cookie keeps it");
        (await http.GetAsync("/_emulator/faults")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the JSON API still needs the Bearer header");
    }
}
