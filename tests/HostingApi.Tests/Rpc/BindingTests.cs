using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Rpc;

/// <summary>Typed positional arguments, the documented coercions, and the faults that name the signature.</summary>
public class BindingTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    private const string Key = "0123456789abcdefABCDEF01";
    private static readonly DateTime When = new(2011, 3, 24, 15, 49, 50, DateTimeKind.Utc);

    [Fact]
    public async Task TypedArguments_OfTheirOwnTypes_Bind()
    {
        var result = await server.CallAsync("test.typed", 7, 0.5, true, "text", When, new byte[] { 1, 2 });

        result.Struct.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["count"] = 7L, ["ratio"] = 0.5, ["flag"] = true, ["text"] = "text", ["when"] = When, ["data"] = new byte[] { 1, 2 },
        });
    }

    [Fact]
    public async Task Numbers_SentAsDecimalStrings_AsPhpSendsThem_Bind()
    {
        var result = await server.CallAsync("test.typed", "7", "0.5", "1", "text", When, new byte[] { 1 });

        result.Struct["count"].Should().Be(7L);
        result.Struct["ratio"].Should().Be(0.5);
        result.Struct["flag"].Should().Be(true);
    }

    [Fact]
    public async Task IntWhereDoubleExpected_AndIntZeroOrOneWhereBooleanExpected_Bind()
    {
        var result = await server.CallAsync("test.typed", 7, 102400, 0, "text", When, new byte[] { 1 });

        result.Struct["ratio"].Should().Be(102400.0);
        result.Struct["flag"].Should().Be(false);
    }

    [Fact]
    public async Task StringArgument_SentAsPerlTypesIt_KeepsItsRawText()
    {
        var result = await server.CallAsync("test.typed", 1, 1.0, true, new RawValue("<int>007</int>"), When, new byte[] { 1 });

        result.Struct["text"].Should().Be("007");
    }

    [Fact]
    public async Task StringArgument_SentAsBase64_IsDecodedAsUtf8()
    {
        var result = await server.CallAsync("test.typed", 1, 1.0, true, new RawValue("<base64>Y2Fmw6kg4pyT</base64>"), When, new byte[] { 1 });

        result.Struct["text"].Should().Be("café ✓");
    }

    [Fact]
    public async Task DateArgument_SentAsAFilterString_Binds()
    {
        var result = await server.CallAsync("test.typed", 1, 1.0, true, "x", "2011-03-24 15:49:50", new byte[] { 1 });

        result.Struct["when"].Should().Be(When);
    }

    [Fact]
    public async Task WrongType_FaultsWithTheExpectedTypesCodeAndNamesSignatureAndArgument()
    {
        var result = await server.CallAsync("test.typed", "seven", 1.0, true, "x", When, new byte[] { 1 });

        result.ShouldFault(501010).FaultString.Should().Be(
            "Error on object : OBJECT_INTEGER (CAUSE_TYPE) [argument 1 (count) of test.typed(int count, double ratio, boolean flag, " +
            "string text, dateTime.iso8601 when, base64 data): expected int, got string 'seven']");
    }

    [Theory]
    [InlineData("not a number", 501810, "OBJECT_FLOAT")]
    [InlineData("maybe", 501110, "OBJECT_BOOLEAN")]
    public async Task OtherWrongTypes_FaultWithTheirObject(string value, int code, string objectName)
    {
        var arguments = new object?[] { 1, 1.0, true, "x", When, new byte[] { 1 } };
        arguments[code == 501810 ? 1 : 2] = value;

        var result = await server.CallAsync("test.typed", arguments);

        result.ShouldFault(code).FaultString.Should().Contain(objectName).And.Contain("CAUSE_TYPE");
    }

    [Fact]
    public async Task IntOutOfRange_FaultsWithCauseValue()
    {
        var result = await server.CallAsync("test.typed", 5_000_000_000L, 1.0, true, "x", When, new byte[] { 1 });

        result.ShouldFault(501030).FaultString.Should().Contain("5000000000 is out of range");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public async Task WrongArity_FaultsWithTheSignature(int count)
    {
        var result = await server.CallAsync("test.optional", Enumerable.Range(1, count).Cast<object?>().ToArray());

        result.ShouldFault(501637).FaultString.Should().Be(
            $"Error on object : OBJECT_METHOD (CAUSE_BADPARAMETER) [test.optional(int first, [int second]) takes 1 to 2 arguments, {count} given]");
    }

    [Fact]
    public async Task OptionalTrailingArgument_TakesItsDefaultWhenLeftOut()
    {
        (await server.CallAsync("test.optional", 3)).ShouldSucceed().Value.Should().Be(305L);
        (await server.CallAsync("test.optional", 3, 7)).ShouldSucceed().Value.Should().Be(307L);
    }

    [Fact]
    public async Task NullableArgument_AcceptsNil()
    {
        (await server.CallAsync("test.nullable", new object?[] { null })).ShouldSucceed().Value.Should().Be("<null>");
        (await server.CallAsync("test.nullable", "x")).ShouldSucceed().Value.Should().Be("x");
    }

    [Fact]
    public async Task NonNullableArgument_RefusesNil()
    {
        var result = await server.CallAsync("test.typed", null, 1.0, true, "x", When, new byte[] { 1 });

        result.ShouldFault(501010).FaultString.Should().Contain("expected int, got nil");
    }

    [Fact]
    public async Task ListArgument_BindsEachItem_AndAWrongItemIsNamed()
    {
        (await server.CallAsync("test.list", new List<object> { 1, "2", 3 })).ShouldSucceed().Value.Should().Be(6L);

        var result = await server.CallAsync("test.list", new List<object> { 1, "two" });
        result.ShouldFault(501010).FaultString.Should().Contain("item 1 of argument 1 (ids)");
    }

    [Fact]
    public async Task StructArgument_BindsToARecord_WithDefaultsAndWireNames()
    {
        var result = await server.CallAsync("test.spec", Key, new Dictionary<string, object?> { ["name"] = "disk", ["~name"] = "d%", ["ids"] = new List<object> { 1, 2 } });

        result.Struct.Should().BeEquivalentTo(new Dictionary<string, object?> { ["name"] = "disk", ["size"] = 10240L, ["ids"] = 2L, ["pattern"] = "d%" });
    }

    [Fact]
    public async Task StructArgument_WithAnUnknownKey_FaultsNamingTheKeyAndTheAcceptedOnes()
    {
        var result = await server.CallAsync("test.spec", Key, new Dictionary<string, object?> { ["name"] = "disk", ["colour"] = "blue" });

        result.ShouldFault(501537).FaultString.Should().Be(
            "Error on object : OBJECT_STRUCT (CAUSE_BADPARAMETER) [unknown key 'colour' in argument 2 (spec) of " +
            "test.spec(string apikey, struct spec); accepted keys: name, size, ids, ~name]");
    }

    [Fact]
    public async Task StructArgument_WithoutARequiredKey_Faults()
    {
        var result = await server.CallAsync("test.spec", Key, new Dictionary<string, object?> { ["size"] = 1024 });

        result.ShouldFault(501532).FaultString.Should().Contain("missing key 'name' in argument 2 (spec)");
    }

    [Fact]
    public async Task StructArgument_WithAWronglyTypedMember_NamesTheMember()
    {
        var result = await server.CallAsync("test.spec", Key, new Dictionary<string, object?> { ["name"] = "d", ["size"] = "big" });

        result.ShouldFault(501010).FaultString.Should().Contain("member 'size' of argument 2 (spec)");
    }

    [Theory]
    [InlineData("short")]
    [InlineData("0123456789abcdefABCDEF0!")]
    [InlineData("0123456789abcdefABCDEF012")]
    public async Task MalformedApiKey_GetsGandisBadParameterFault(string key)
    {
        var result = await server.CallAsync("test.key", key);

        result.ShouldFault(501237).FaultString.Should().Be(
            $"Error on object : OBJECT_STRING (CAUSE_BADPARAMETER) [string '{key}' does not match '^[a-z0-9]{{24}}$']");
    }

    [Fact]
    public async Task MixedCaseApiKey_IsWellFormed()
    {
        (await server.CallAsync("test.key", Key)).ShouldSucceed().Value.Should().Be("ok");
    }

    [Fact]
    public async Task LegacyMethod_NeverAnswersNil()
    {
        using var client = server.CreateRpcClient();

        using var response = await client.PostAsync(XmlRpcTestClient.BuildCall("test.legacy"));

        var xml = await response.Content.ReadAsStringAsync();
        xml.Should().NotContain("nil").And.NotContain("gone");
        XmlRpcTestClient.Decode(xml).Struct.Should().ContainKey("id");
    }
}
