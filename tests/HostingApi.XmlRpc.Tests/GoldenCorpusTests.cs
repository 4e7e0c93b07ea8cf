namespace HostingApi.XmlRpc.Tests;

/// <summary>
/// Every valid sample parses to exactly what its <c>.expected</c> file says (a missing or
/// different expectation writes a <c>.received</c> file beside the sample, to review and rename);
/// every invalid sample is refused with a format error that says where.
/// </summary>
public class GoldenCorpusTests
{
    public static IEnumerable<object[]> ValidSamples => SamplePaths.Files("valid");

    public static IEnumerable<object[]> InvalidSamples => SamplePaths.Files("invalid");

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void Read_ValidSample_MatchesExpectedDump(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SamplePaths.Root, "valid", file));
        var dump = file.StartsWith("response-", StringComparison.Ordinal)
            ? ValueDump.Of(XmlRpcReader.ReadMethodResponse(bytes))
            : ValueDump.Of(XmlRpcReader.ReadMethodCall(bytes));

        var expectedPath = Path.Combine(SourceSamples, "valid", Path.ChangeExtension(file, ".expected"));
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        if (expected != dump)
        {
            File.WriteAllText(Path.ChangeExtension(expectedPath, ".received"), dump);
        }

        dump.Should().Be(expected, $"{file} should parse as its .expected file says");
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void Read_InvalidSample_ThrowsFormatErrorWithPlace(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SamplePaths.Root, "invalid", file));

        var read = () => XmlRpcReader.ReadMethodCall(bytes);

        var error = read.Should().Throw<XmlRpcFormatException>().Which;
        error.Reason.Should().NotBeNullOrWhiteSpace();
        // .NET's XmlReader reports no place for a prohibited DTD; the reason names the DTD instead.
        if (bytes.Length > 0 && !error.Reason.Contains("DTD", StringComparison.Ordinal))
        {
            error.LineNumber.Should().BeGreaterThan(0, "an error in a non-empty document says where it is");
        }
    }

    [Theory]
    [InlineData("billion-laughs.xml", "DTD")]
    [InlineData("external-entity.xml", "DTD")]
    [InlineData("undeclared-entity.xml", "nbsp")]
    [InlineData("wrong-root.xml", "expected a <methodCall> document, found <methodResponse>")]
    [InlineData("int-overflow.xml", "not an integer in the 64-bit range")]
    [InlineData("bad-boolean.xml", "is not 0 or 1")]
    [InlineData("bad-double.xml", "not a finite number")]
    [InlineData("double-overflow.xml", "not a finite number")]
    [InlineData("bad-date.xml", "is not a date")]
    [InlineData("unknown-type.xml", "unknown value type <float>")]
    [InlineData("text-and-element-in-value.xml", "both text and an element")]
    [InlineData("two-roots.xml", "multiple root elements")]
    [InlineData("invalid-utf8.xml", "Invalid character in the given encoding")]
    [InlineData("control-character.xml", "invalid character")]
    public void Read_InvalidSample_SaysWhatIsWrong(string file, string reason)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SamplePaths.Root, "invalid", file));

        var read = () => XmlRpcReader.ReadMethodCall(bytes);

        read.Should().Throw<XmlRpcFormatException>().Which.Reason.Should().ContainEquivalentOf(reason);
    }

    // The source tree's Samples folder, where expectations live (the output copy is read-only in spirit).
    private static string SourceSamples =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Samples"));
}
