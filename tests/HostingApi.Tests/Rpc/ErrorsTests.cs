using HostingApi.Dialects.Gandi.Faults;

namespace HostingApi.Tests.Rpc;

/// <summary>The composition rule, checked against the codes and texts observed on Gandi's service.</summary>
public class ErrorsTests
{
    [Fact]
    public void InvalidApiKey_IsTheObservedFault()
    {
        var fault = Errors.InvalidApiKey();

        fault.Code.Should().Be(510150);
        fault.Message.Should().Be("Error on object : OBJECT_ACCOUNT (CAUSE_NORIGHT) [Invalid API key]");
    }

    [Theory]
    [InlineData(FaultObject.Disk, FaultCause.Datacenter, 530451, "OBJECT_DISK (CAUSE_DATACENTER)")]
    [InlineData(FaultObject.Disk, FaultCause.Attached, 530439, "OBJECT_DISK (CAUSE_ATTACHED)")]
    [InlineData(FaultObject.Disk, FaultCause.NothingToUpdate, 530444, "OBJECT_DISK (CAUSE_NOTHING_TO_UPDATE)")]
    [InlineData(FaultObject.HostingAccount, FaultCause.DontExist, 530040, "OBJECT_HOSTING_ACCOUNT (CAUSE_DONTEXIST)")]
    [InlineData(FaultObject.Iface, FaultCause.QuotaReached, 531735, "OBJECT_IFACE (CAUSE_QUOTA_REACHED)")]
    [InlineData(FaultObject.Disk, FaultCause.CannotShrink, 530495, "OBJECT_DISK (CAUSE_CANNOT_SHRINK)")]
    [InlineData(FaultObject.SnapshotProfile, FaultCause.NotFound, 537842, "OBJECT_SNAPSHOT_PROFILE (CAUSE_NOTFOUND)")]
    public void Data_ComposesCodeAndTextByGandisRule(FaultObject objectCode, FaultCause cause, int code, string names)
    {
        var fault = Errors.Data(objectCode, cause, "details");

        fault.Code.Should().Be(code);
        fault.Message.Should().Be($"Error on object : {names} [details]");
    }
}
