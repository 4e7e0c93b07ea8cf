using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Rpc;

public class SystemMethodsTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    [Fact]
    public async Task ListMethods_TakesNoKey_AndListsEveryMethodSorted()
    {
        var names = (await server.CallAsync("system.listMethods")).Array.Cast<string>().ToList();

        names.Should().Contain(["system.listMethods", "system.methodHelp", "system.methodSignature", "system.multicall", "test.echo"]);
        names.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task MethodHelp_AnswersTheRegisteredHelp()
    {
        (await server.CallAsync("system.methodHelp", "test.echo")).ShouldSucceed().Value.Should().Be("Answers its argument.");
    }

    [Fact]
    public async Task MethodSignature_GivesOneSignaturePerAcceptedArity()
    {
        var signatures = (await server.CallAsync("system.methodSignature", "test.optional")).Array;

        signatures.Should().BeEquivalentTo(new List<object?> { new List<object?> { "int", "int" }, new List<object?> { "int", "int", "int" } },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task MethodHelp_OfAnUnknownMethod_Faults()
    {
        (await server.CallAsync("system.methodHelp", "no.such")).ShouldFault(1);
    }

    [Fact]
    public async Task Multicall_AnswersEachCallAsAOneElementListOrAFaultStruct()
    {
        var calls = new List<object>
        {
            new Dictionary<string, object?> { ["methodName"] = "test.optional", ["params"] = new List<object> { 1, 2 } },
            new Dictionary<string, object?> { ["methodName"] = "no.such", ["params"] = new List<object>() },
            new Dictionary<string, object?> { ["methodName"] = "system.multicall", ["params"] = new List<object> { new List<object>() } },
            new Dictionary<string, object?> { ["params"] = new List<object>() },
            new Dictionary<string, object?> { ["methodName"] = "system.listMethods" },
        };

        var results = (await server.CallAsync("system.multicall", calls)).Array;

        results.Should().HaveCount(5);
        results[0].Should().BeEquivalentTo(new List<object?> { 102L });
        ((Dictionary<string, object?>)results[1]!)["faultCode"].Should().Be(1L);
        ((Dictionary<string, object?>)results[2]!)["faultString"].Should().Be(
            "Error on object : OBJECT_STRUCT (CAUSE_BADPARAMETER) [system.multicall cannot be nested]");
        ((Dictionary<string, object?>)results[3]!)["faultCode"].Should().Be(501537L);
        ((List<object?>)results[4]!).Should().ContainSingle().Which.Should().BeOfType<List<object?>>();
    }
}
