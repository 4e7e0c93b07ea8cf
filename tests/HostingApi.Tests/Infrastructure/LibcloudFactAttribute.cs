namespace HostingApi.Tests.Infrastructure;

/// <summary>
/// A test driven by Apache libcloud's Gandi driver. It runs where a Python can import libcloud
/// (Debian's python3-libcloud, which <c>.ci/run</c> installs and checks) and is reported as
/// skipped, with the reason, on a machine without it: the README's test command needs only the
/// .NET SDK and python3.
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
