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

    /// <summary>Runs the script with <paramref name="python"/> (by default the python3 on the PATH) and checks it passes.</summary>
    public static Task ShouldPassAsync(string script, Uri url, string python = "python3") =>
        ClientScript.ShouldPassAsync(python, Path.Combine("Python", script), url);
}
