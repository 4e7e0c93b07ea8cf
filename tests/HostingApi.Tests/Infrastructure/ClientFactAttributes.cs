namespace HostingApi.Tests.Infrastructure;

/// <summary>
/// A test driven by a real client from a Debian package the README's test command does not ask
/// for: it runs where the client is installed, and is reported as skipped, with the package to
/// install, where it is not. <c>.ci/run</c> installs both packages and checks them, so in CI these
/// tests always run.
/// </summary>
public sealed class LibcloudFactAttribute : FactAttribute
{
    public LibcloudFactAttribute()
    {
        if (PythonClient.LibcloudPython is null)
        {
            Skip = "python3-libcloud is not installed (apt-get install python3-libcloud; .ci/run does)";
        }
    }
}

/// <inheritdoc cref="LibcloudFactAttribute"/>
public sealed class XmlRpcLiteFactAttribute : FactAttribute
{
    public XmlRpcLiteFactAttribute()
    {
        if (!PerlClient.HasXmlRpcLite)
        {
            Skip = "Perl's XMLRPC::Lite is not installed (apt-get install libxmlrpc-lite-perl; .ci/run does)";
        }
    }
}

/// <summary>
/// A test in a real browser: Debian's chromium, driven by Playwright (which cannot download its own
/// browser here). Skipped, with the package to install, where it is missing; <c>.ci/run</c> installs it.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = "chromium is not installed (apt-get install chromium; .ci/run does)";
        }
    }
}
