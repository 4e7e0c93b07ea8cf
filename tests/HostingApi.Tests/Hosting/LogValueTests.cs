using HostingApi.Core.Diagnostics;

namespace HostingApi.Tests.Hosting;

public class LogValueTests
{
    [Fact]
    public void PlainValue_IsReturnedAsItIs()
    {
        const string name = "hosting.disk.list";

        LogValue.Escape(name).Should().BeSameAs(name);
    }

    [Theory]
    [InlineData("a\r\nb", @"a\r\nb")]
    [InlineData("a\tb\u0000c\u001bd", @"a\u0009b\u0000c\u001bd")]
    [InlineData("a\u007fb\u0085c", @"a\u007fb\u0085c")]
    [InlineData("a\u2028b\u2029c", @"a\u2028b\u2029c")]
    [InlineData(@"a\nb", @"a\\nb")]
    [InlineData("café ✓", "café ✓")]
    public void ControlCharacters_AreEscaped(string value, string logged) => LogValue.Escape(value).Should().Be(logged);

    [Fact]
    public void LongValue_IsCutWithItsLength()
    {
        var logged = LogValue.Escape(new string('x', 10_000_000));

        logged.Should().Be(new string('x', LogValue.MaxLength) + "...(10000000 chars)");
    }

    [Fact]
    public void LongValue_IsNotCutInsideASurrogatePair()
    {
        var logged = LogValue.Escape(new string('x', LogValue.MaxLength - 1) + "😀" + "tail");

        logged.Should().Be(new string('x', LogValue.MaxLength - 1) + $"...({LogValue.MaxLength + 5} chars)");
    }
}
