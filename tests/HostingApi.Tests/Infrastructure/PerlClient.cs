namespace HostingApi.Tests.Infrastructure;

/// <summary>Runs a script of the Perl folder with Perl's XMLRPC::Lite (Debian libxmlrpc-lite-perl) against a server URL.</summary>
public static class PerlClient
{
    public static bool HasXmlRpcLite => Probe.Value;

    private static readonly Lazy<bool> Probe = new(() => ClientScript.Succeeds("perl", "-MXMLRPC::Lite", "-e", "1"));

    public static Task ShouldPassAsync(string script, Uri url) =>
        ClientScript.ShouldPassAsync("perl", Path.Combine("Perl", script), url);
}
