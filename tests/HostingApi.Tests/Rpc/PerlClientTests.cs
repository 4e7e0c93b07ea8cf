using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Rpc;

/// <summary>Perl's XMLRPC::Lite, unmodified, against the running server (the legacy specification's Perl samples and more).</summary>
public class PerlClientTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    [XmlRpcLiteFact]
    public Task XmlRpcLite_SamplesTypeGuessingNilAndFaults_Work() =>
        PerlClient.ShouldPassAsync("xmlrpc_lite.t", server.XmlRpcUri);
}
