using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Dialects.Gandi.Rpc.Binding;
using HostingApi.XmlRpc;

namespace HostingApi.Tests.Infrastructure;

/// <summary>Methods that exist only in the test host, to exercise binding and the wire from outside.</summary>
internal sealed class TestMethods : IRpcMethodFamily
{
    public void Register(RpcMethodRegistryBuilder methods) => methods
        .Add("test.echo", (XmlRpcValue value) => value, "any", "Answers its argument.")
        .Add("test.typed", Typed, "struct", "Binds one argument of each scalar type and answers them.")
        .Add("test.spec", (ApiKey apiKey, TestSpec spec) => Spec(spec), "struct", "Binds a struct to a record.")
        .Add("test.optional", XmlRpcValue (int first, int second = 5) => first * 100 + second, "int", "An optional trailing argument.")
        .Add("test.nullable", XmlRpcValue (string? text = null) => text ?? "<null>", "string", "A nullable argument.")
        .Add("test.list", XmlRpcValue (IReadOnlyList<int> ids) => ids.Sum(), "int", "Binds a list of ints.")
        .Add("test.key", XmlRpcValue (ApiKey apiKey) => "ok", "string", "Takes only an API key.")
        .Add("test.throw", Throw, "string", "Fails unexpectedly.")
        .Add("test.legacy", XmlRpcValue () => new XmlRpcStruct { { "id", 1 }, { "gone", XmlRpcValue.Nil } }, "struct",
            "Answers a struct holding a nil, for a client that cannot read nil.", RpcSurface.Legacy);

    private static XmlRpcValue Typed(int count, double ratio, bool flag, string text, DateTime when, byte[] data) =>
        new XmlRpcStruct { { "count", count }, { "ratio", ratio }, { "flag", flag }, { "text", text }, { "when", when }, { "data", data } };

    private static XmlRpcValue Spec(TestSpec spec) => new XmlRpcStruct
    {
        { "name", spec.Name },
        { "size", spec.Size },
        { "ids", spec.Ids?.Count ?? -1 },
        { "pattern", spec.NamePattern },
    };

    private static XmlRpcValue Throw() =>
        throw new InvalidOperationException("boom: something the client must not see");
}

[RpcStruct]
internal sealed class TestSpec
{
    public required string Name { get; set; }

    public int Size { get; set; } = 10240;

    public IReadOnlyList<int>? Ids { get; set; }

    [RpcMember("~name")]
    public string? NamePattern { get; set; }
}
