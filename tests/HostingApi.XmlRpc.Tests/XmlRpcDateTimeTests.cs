namespace HostingApi.XmlRpc.Tests;

public class XmlRpcDateTimeTests
{
    [Theory]
    [InlineData("20110324T15:49:50", "2011-03-24T15:49:50")]
    [InlineData("2011-03-24T15:49:50", "2011-03-24T15:49:50")]
    [InlineData("20110324T154950", "2011-03-24T15:49:50")]
    [InlineData("20110324t15:49:50z", "2011-03-24T15:49:50")]
    [InlineData("2011-03-24T00:30:00+01:00", "2011-03-23T23:30:00")]
    [InlineData("2011-03-24T23:30:00-0100", "2011-03-25T00:30:00")]
    [InlineData("20240229T12:00:00", "2024-02-29T12:00:00")]
    public void TryParse_AcceptedForm_GivesUtc(string text, string expectedUtc)
    {
        XmlRpcDateTime.TryParse(text, out var parsed).Should().BeTrue();

        parsed.Kind.Should().Be(DateTimeKind.Utc);
        parsed.Should().Be(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2011032415:49:50")]
    [InlineData("20110324T25:00:00")]
    [InlineData("20230229T12:00:00")]
    [InlineData("20110324T15:49")]
    [InlineData("20110324T15:49:50 junk")]
    [InlineData("2011-0324T15:49:50")]
    [InlineData("20110324T15:49:50.")]
    public void TryParse_NotADate_IsRefused(string text)
    {
        XmlRpcDateTime.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Format_LocalTime_IsWrittenInUtc()
    {
        var utc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);

        XmlRpcDateTime.Format(utc.ToLocalTime()).Should().Be("20260102T03:04:05");
    }
}
