using System.Text;

namespace HostingApi.XmlRpc.Tests;

public class XmlRpcReaderLimitTests
{
    [Fact]
    public void ReadMethodCall_TenThousandDeepNesting_IsRefusedAtTheDepthLimit()
    {
        var xml = Call(string.Concat(Enumerable.Repeat("<value><array><data>", 10_000))
            + string.Concat(Enumerable.Repeat("</data></array></value>", 10_000)));

        var read = () => XmlRpcReader.ReadMethodCall(xml);

        read.Should().Throw<XmlRpcFormatException>().Which.Reason.Should().Contain("nest deeper than 64");
    }

    [Fact]
    public void ReadMethodCall_NestingAtTheLimit_IsAccepted()
    {
        var xml = Call(string.Concat(Enumerable.Repeat("<value><array><data>", 64))
            + string.Concat(Enumerable.Repeat("</data></array></value>", 64)));

        XmlRpcReader.ReadMethodCall(xml).Parameters.Should().ContainSingle();
    }

    [Fact]
    public void ReadMethodCall_TooManyElements_IsRefused()
    {
        var xml = Call("<value><array><data>" + string.Concat(Enumerable.Repeat("<value><int>1</int></value>", 1000)) + "</data></array></value>");

        var read = () => XmlRpcReader.ReadMethodCall(xml, new XmlRpcReaderOptions { MaxElements = 500 });

        read.Should().Throw<XmlRpcFormatException>().Which.Reason.Should().Contain("more than 500 elements");
    }

    [Fact]
    public void ReadMethodCall_TooManyCharacters_IsRefused()
    {
        var xml = Call("<value><string>" + new string('x', 5000) + "</string></value>");

        var read = () => XmlRpcReader.ReadMethodCall(xml, new XmlRpcReaderOptions { MaxCharacters = 1000 });

        read.Should().Throw<XmlRpcFormatException>();
    }

    [Fact]
    public void ReadMethodCall_DuplicateStructMember_LastOneWins()
    {
        var xml = Call("<value><struct><member><name>a</name><value><int>1</int></value></member>"
            + "<member><name>a</name><value><int>2</int></value></member></struct></value>");

        var parsed = XmlRpcReader.ReadMethodCall(xml).Parameters[0].AsStruct();

        parsed.Count.Should().Be(1);
        parsed["a"].AsInt64().Should().Be(2);
    }

    [Fact]
    public void ReadMethodCall_FromStream_ReadsTheSameAsFromBytes()
    {
        var xml = Call("<value><int>5</int></value>");

        using var stream = new MemoryStream(xml);

        XmlRpcReader.ReadMethodCall(stream).Parameters[0].AsInt64().Should().Be(5);
    }

    private static byte[] Call(string param) =>
        Encoding.UTF8.GetBytes($"<methodCall><methodName>echo</methodName><params><param>{param}</param></params></methodCall>");
}
