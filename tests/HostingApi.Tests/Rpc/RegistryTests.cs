using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.XmlRpc;
using Microsoft.Extensions.DependencyInjection;

namespace HostingApi.Tests.Rpc;

public class RegistryTests
{
    [Fact]
    public void Add_DuplicateName_FailsAtOnce()
    {
        var builder = new RpcMethodRegistryBuilder().Add("a.b", () => XmlRpcValue.Nil, "nil", "first");

        var again = () => builder.Add("a.b", () => XmlRpcValue.Nil, "nil", "second");

        again.Should().Throw<InvalidOperationException>().WithMessage("*'a.b' is registered twice*");
    }

    [Fact]
    public void Build_HandlerAskingForAnUnregisteredService_FailsAtStartup()
    {
        var builder = new RpcMethodRegistryBuilder().Add("a.b", (RegistryTests missing) => XmlRpcValue.Nil, "nil", "help");
        using var services = new ServiceCollection().BuildServiceProvider();

        var build = () => builder.Build(services.GetRequiredService<IServiceProviderIsService>());

        build.Should().Throw<InvalidOperationException>().WithMessage("*asks for RegistryTests*");
    }

    [Fact]
    public void Add_HandlerReturningAnotherType_FailsAtOnce()
    {
        var add = () => new RpcMethodRegistryBuilder().Add("a.b", () => 42, "int", "help");

        add.Should().Throw<InvalidOperationException>().WithMessage("*returns XmlRpcValue*");
    }

    [Fact]
    public void Signature_ListsWireNamesAndTypes_OptionalOnesBracketed()
    {
        var builder = new RpcMethodRegistryBuilder().Add("hosting.disk.list", (string apiKey, XmlRpcStruct? opts = null) => XmlRpcValue.Nil, "array", "help");
        using var services = new ServiceCollection().BuildServiceProvider();

        builder.Build(services.GetRequiredService<IServiceProviderIsService>()).TryGet("hosting.disk.list", out var method);

        method!.Signature.Should().Be("hosting.disk.list(string api_key, [struct opts])");
    }
}
