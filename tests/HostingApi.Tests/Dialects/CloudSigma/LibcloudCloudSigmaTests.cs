using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Dialects.CloudSigma;

/// <summary>libcloud's CloudSigma driver, unmodified, over HTTPS with the certificate the server generates: drives, nodes, tags.</summary>
public sealed class LibcloudCloudSigmaTests
{
    [LibcloudFact]
    public async Task LibcloudCloudSigmaDriver_DrivesNodesTagsLibraryAndCapabilities_WorkOverHttps()
    {
        var certificate = Path.Combine(Path.GetTempPath(), $"hostingapi-test-{Guid.NewGuid():N}.pem");
        try
        {
            await using var server = HostingApiFactory.WithHttps(new Dictionary<string, string?> { ["Https:ExportPath"] = certificate });
            var root = server.RootUri;
            root.Scheme.Should().Be("https");
            File.ReadAllText(certificate).Should().StartWith("-----BEGIN CERTIFICATE-----");

            // The certificate's path rides in the fragment: the script trusts exactly that file.
            await PythonClient.ShouldPassAsync("test_libcloud_cloudsigma.py", new Uri($"{root}#{certificate}"), PythonClient.LibcloudPython!);
        }
        finally
        {
            File.Delete(certificate);
        }
    }
}
