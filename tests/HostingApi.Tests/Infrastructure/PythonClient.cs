namespace HostingApi.Tests.Infrastructure;

/// <summary>
/// Runs a script of the Python folder with CPython's own <c>xmlrpc.client</c> against a server URL:
/// the real client users point at this server.
/// </summary>
public static class PythonClient
{
    /// <summary>
    /// A Python that can import libcloud's Gandi driver, or null. Debian's python3-libcloud lives in
    /// /usr/bin/python3's dist-packages, which another python3 first on the PATH (pyenv, say) does
    /// not see; <c>.ci/run</c> installs the package, a machine without it skips the libcloud tests.
    /// </summary>
    public static string? LibcloudPython => LibcloudProbe.Value;

    private static readonly Lazy<string?> LibcloudProbe = new(() =>
        new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(python => ClientScript.Succeeds(python, "-c", "import libcloud.compute.drivers.gandi")));

    public static Task<(int ExitCode, string Output)> RunAsync(string script, Uri url, params string[] extra) =>
        ClientScript.RunAsync("python3", Path.Combine("Python", script), url, extra);

    public static Task ShouldPassAsync(string script, Uri url, params string[] extra) =>
        ClientScript.ShouldPassAsync("python3", Path.Combine("Python", script), url, extra);

    public static Task ShouldPassWithAsync(string python, string script, Uri url, params string[] extra) =>
        ClientScript.ShouldPassAsync(python, Path.Combine("Python", script), url, extra);
}
