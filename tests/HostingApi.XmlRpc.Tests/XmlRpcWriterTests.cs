using System.Buffers;
using System.Text;
using System.Xml.Linq;

namespace HostingApi.XmlRpc.Tests;

public class XmlRpcWriterTests
{
    private const string Prefix = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse><params><param>";
    private const string Suffix = "</param></params></methodResponse>\n";

    public static TheoryData<string, XmlRpcValue, string> Scalars => new()
    {
        { "int", 42, "<value><int>42</int></value>" },
        { "negative int", -7, "<value><int>-7</int></value>" },
        { "long beyond i4 is still <int>, never <i8>", 5_000_000_000L, "<value><int>5000000000</int></value>" },
        { "true", true, "<value><boolean>1</boolean></value>" },
        { "false", false, "<value><boolean>0</boolean></value>" },
        { "double", 102400.0, "<value><double>102400</double></value>" },
        { "fraction", 0.1, "<value><double>0.1</double></value>" },
        { "large double", 1e20, "<value><double>1E+20</double></value>" },
        { "date in basic form, UTC", new DateTime(2011, 3, 24, 15, 49, 50, DateTimeKind.Utc), "<value><dateTime.iso8601>20110324T15:49:50</dateTime.iso8601></value>" },
        { "date drops fractions", new DateTime(2011, 3, 24, 15, 49, 50, 999, DateTimeKind.Utc), "<value><dateTime.iso8601>20110324T15:49:50</dateTime.iso8601></value>" },
        { "empty string is typed", "", "<value><string></string></value>" },
        { "markup is escaped", "a<b&c>'\"", "<value><string>a&lt;b&amp;c&gt;'\"</string></value>" },
        { "carriage return survives parsing", "a\r\nb", "<value><string>a&#13;\nb</string></value>" },
        { "non-ASCII is raw UTF-8", "café ✓ 日本", "<value><string>café ✓ 日本</string></value>" },
        { "characters XML cannot carry become U+FFFD", "a\u0001b\uFFFEc", "<value><string>a\uFFFDb\uFFFDc</string></value>" },
        { "a lone surrogate becomes U+FFFD", "a\uD800b", "<value><string>a\uFFFDb</string></value>" },
        { "a surrogate pair is kept", "😀", "<value><string>😀</string></value>" },
        { "base64", new byte[] { 0, 1, 255 }, "<value><base64>AAH/</base64></value>" },
        { "nil", XmlRpcValue.Nil, "<value><nil/></value>" },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void WriteResponse_Scalar_WritesExactBytes(string because, XmlRpcValue value, string expected)
    {
        Write(value).Should().Be(Prefix + expected + Suffix, because);
    }

    [Fact]
    public void WriteResponse_StructAndArray_KeepsMemberOrderAndNesting()
    {
        var value = new XmlRpcStruct { { "id", 1 }, { "ids", new XmlRpcArray { 1, 2 } }, { "empty", new XmlRpcArray() }, { "s", new XmlRpcStruct() } };

        Write(value).Should().Be(Prefix
            + "<value><struct><member><name>id</name><value><int>1</int></value></member>"
            + "<member><name>ids</name><value><array><data><value><int>1</int></value><value><int>2</int></value></data></array></value></member>"
            + "<member><name>empty</name><value><array><data></data></array></value></member>"
            + "<member><name>s</name><value><struct></struct></value></member></struct></value>"
            + Suffix);
    }

    [Fact]
    public void WriteResponse_NilNotAllowed_OmitsNilMembersAndWritesEmptyStringElsewhere()
    {
        var value = new XmlRpcStruct { { "a", XmlRpcValue.Nil }, { "b", new XmlRpcArray { XmlRpcValue.Nil } } };

        var xml = Write(value, new XmlRpcWriterOptions { AllowNil = false });

        xml.Should().NotContain("nil").And.NotContain("<name>a</name>");
        xml.Should().Contain("<name>b</name><value><array><data><value><string></string></value></data></array></value>");
    }

    [Fact]
    public void WriteFault_WritesCodeAsIntAndEscapedString()
    {
        var buffer = new ArrayBufferWriter<byte>();

        XmlRpcWriter.WriteFault(buffer, new XmlRpcFault(530451, "Error on object : OBJECT_DISK (CAUSE_DATACENTER) [a & b]"));

        Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse><fault><value><struct>"
            + "<member><name>faultCode</name><value><int>530451</int></value></member>"
            + "<member><name>faultString</name><value><string>Error on object : OBJECT_DISK (CAUSE_DATACENTER) [a &amp; b]</string></value></member>"
            + "</struct></value></fault></methodResponse>\n");
    }

    [Fact]
    public void WriteResponse_HasNoByteOrderMark()
    {
        XmlRpcWriter.ResponseToBytes(1)[0].Should().Be((byte)'<');
    }

    [Fact]
    public void WriteResponse_LargeList_IsWellFormedForAnIndependentParser()
    {
        var list = new XmlRpcArray();
        for (var i = 0; i < 500; i++)
        {
            list.Add(new XmlRpcStruct { { "id", i }, { "name", new string('x', i) + "&<>" }, { "when", DateTime.UnixEpoch } });
        }

        var document = XDocument.Parse(Write(list));

        document.Descendants("struct").Should().HaveCount(500);
        document.Descendants("string").Last().Value.Should().Be(new string('x', 499) + "&<>");
    }

    [Fact]
    public void WriteResponse_SelfContainingStruct_ThrowsInsteadOfOverflowingTheStack()
    {
        var loop = new XmlRpcStruct();
        loop.Add("self", loop);

        var write = () => XmlRpcWriter.ResponseToBytes(loop);

        write.Should().Throw<InvalidOperationException>().WithMessage("*deeper than*");
    }

    [Fact]
    public void FromDouble_NaN_IsRefused()
    {
        var make = () => XmlRpcValue.FromDouble(double.NaN);

        make.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static string Write(XmlRpcValue value, XmlRpcWriterOptions? options = null) =>
        Encoding.UTF8.GetString(XmlRpcWriter.ResponseToBytes(value, options));
}
