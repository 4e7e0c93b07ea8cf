using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.Dialects.Gandi.Wire;

namespace HostingApi.Tests.Domain;

/// <summary>
/// Transition tables: for each entity, every state it can reach by its own methods, and each
/// action from there, allowed or refused with a state error, which Gandi answers as its state fault (5OO060).
/// </summary>
public class TransitionTests
{
    private static readonly DateTime Now = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    public static TheoryData<string, string, bool> VmMoves => new()
    {
        { "being_created", "complete", true }, { "being_created", "stop", false }, { "being_created", "start", false }, { "being_created", "reboot", false },
        { "running", "complete", false }, { "running", "stop", true }, { "running", "start", false }, { "running", "reboot", true },
        { "halted", "complete", false }, { "halted", "stop", false }, { "halted", "start", true }, { "halted", "reboot", false },
    };

    [Theory]
    [MemberData(nameof(VmMoves))]
    public void Vm_Transition_IsAllowedOnlyFromItsStates(string from, string action, bool allowed)
    {
        var vm = new Vm(1, 3, "web1", 1, 512, 2048, Now);
        if (from != "being_created")
        {
            vm.CompleteCreation(Now);
        }

        if (from == "halted")
        {
            vm.Stop(Now);
        }

        Action act = action switch
        {
            "complete" => () => vm.CompleteCreation(Now),
            "stop" => () => vm.Stop(Now),
            "start" => () => vm.Start(Now),
            _ => () => vm.Reboot(Now),
        };

        Check(act, allowed, 530260, "OBJECT_VM (CAUSE_STATE)");
    }

    [Fact]
    public void Vm_Moves_LandInGandisStates()
    {
        var vm = new Vm(1, 3, "web1", 1, 512, 2048, Now);
        vm.State.Should().Be(VmState.BeingCreated);
        vm.CompleteCreation(Now);
        vm.State.Should().Be(VmState.Running);
        vm.Stop(Now);
        vm.State.Should().Be(VmState.Halted);
        vm.Start(Now);
        vm.State.Should().Be(VmState.Running);
        WireName.Of(VmState.BeingCreated).Should().Be("being_created");
    }

    [Theory]
    [InlineData("being_created", true)]
    [InlineData("created", false)]
    public void Disk_Creation_CompletesOnce(string from, bool allowed)
    {
        var disk = Disk.CreateData(1, 3, "d", 2048 * Disk.Mebibyte, null, Now);
        if (from == "created")
        {
            disk.CompleteCreation(Now);
        }

        Check(() => disk.CompleteCreation(Now), allowed, 530460, "OBJECT_DISK (CAUSE_STATE)");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData(-1024)]
    [InlineData(1025)]
    public void Disk_SizeNotAPositiveMultipleOf1024_IsRefused(int size)
    {
        // Gandi's rule (whole GiB), applied where Gandi's MB become the core's bytes.
        var create = () => GandiDiskSize.ToBytes(size);

        create.Should().Throw<GandiError>().Which.Code.Should().Be(530431);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void Disk_SizeNotPositive_IsRefusedByTheCore(long sizeBytes)
    {
        var create = () => Disk.CreateData(1, 3, "d", sizeBytes, null, Now);

        create.Should().Throw<InvalidArgumentError>().Which.Field.Should().Be("size");
    }

    [Fact]
    public void Disk_SizeInTheCore_IsAnyByteCount()
    {
        Disk.CreateData(1, 3, "d", 1_000_000_007, null, Now).SizeBytes.Should().Be(1_000_000_007);
    }

    public static TheoryData<string, string, bool> IfaceMoves => new()
    {
        { "being_created", "complete", true }, { "being_created", "attach", false }, { "being_created", "detach", false },
        { "free", "complete", false }, { "free", "attach", true }, { "free", "detach", false },
        { "used", "complete", false }, { "used", "attach", false }, { "used", "detach", true },
    };

    [Theory]
    [MemberData(nameof(IfaceMoves))]
    public void Iface_Transition_IsAllowedOnlyFromItsStates(string from, string action, bool allowed)
    {
        var iface = new Iface(1, 3, IfaceType.Public, 102400, null, Now);
        if (from != "being_created")
        {
            iface.CompleteCreation(Now);
        }

        if (from == "used")
        {
            iface.Attach(7, 0, Now);
        }

        Action act = action switch
        {
            "complete" => () => iface.CompleteCreation(Now),
            "attach" => () => iface.Attach(8, 1, Now),
            _ => () => iface.Detach(Now),
        };

        Check(act, allowed, 531760, "OBJECT_IFACE (CAUSE_STATE)");
    }

    [Fact]
    public void Ip_And_Vlan_CompleteTheirCreationOnce()
    {
        var ip = new Ip(1, 3, 5, 4, 0, Now);
        ip.Address.Should().BeNull("an IP being created has no address yet");
        ip.CompleteCreation("10.0.0.1", "xvm-0-1.example", Now);
        Check(() => ip.CompleteCreation("10.0.0.2", "", Now), false, 531860, "OBJECT_IP (CAUSE_STATE)");

        var vlan = new Vlan(1, 3, "private", "192.168.0.0/24", null, Now);
        vlan.CompleteCreation(Now);
        Check(() => vlan.CompleteCreation(Now), false, 537760, "OBJECT_VLAN (CAUSE_STATE)");
    }

    public static TheoryData<string, string, bool> OperationMoves => new()
    {
        { "WAIT", "start", true }, { "WAIT", "complete", false }, { "WAIT", "fail", true }, { "WAIT", "cancel", true },
        { "RUN", "start", false }, { "RUN", "complete", true }, { "RUN", "fail", true }, { "RUN", "cancel", false },
        { "DONE", "start", false }, { "DONE", "complete", false }, { "DONE", "fail", false }, { "DONE", "cancel", false },
        { "ERROR", "start", false }, { "ERROR", "complete", false }, { "ERROR", "fail", false }, { "ERROR", "cancel", false },
        { "CANCEL", "start", false }, { "CANCEL", "complete", false }, { "CANCEL", "fail", false }, { "CANCEL", "cancel", false },
    };

    [Theory]
    [MemberData(nameof(OperationMoves))]
    public void Operation_Step_IsAllowedOnlyFromItsSteps(string from, string action, bool allowed)
    {
        var operation = Operation.Queue(1, "disk_create", Now, Now, 0, diskId: 9);
        switch (from)
        {
            case "RUN": operation.Start(Now, Now); break;
            case "DONE": operation.Start(Now, Now); operation.Complete(Now); break;
            case "ERROR": operation.Fail(Now, "boom"); break;
            case "CANCEL": operation.Cancel(Now); break;
        }

        Action act = action switch
        {
            "start" => () => operation.Start(Now, Now),
            "complete" => () => operation.Complete(Now),
            "fail" => () => operation.Fail(Now, "boom"),
            _ => () => operation.Cancel(Now),
        };

        Check(act, allowed, 510260, "OBJECT_OPERATION (CAUSE_STATE)");
    }

    [Fact]
    public void Operation_FinishedSteps_AreNoLongerDue()
    {
        var operation = Operation.Queue(1, "disk_create", Now, Now, 0);
        operation.Start(Now.AddSeconds(1), Now.AddSeconds(5));
        operation.DateStart.Should().Be(Now.AddSeconds(1));
        operation.DueAt.Should().Be(Now.AddSeconds(5));

        operation.Complete(Now.AddSeconds(5));

        operation.Step.Should().Be(OperationStep.Done);
        operation.DueAt.Should().BeNull();
        operation.IsPending.Should().BeFalse();
        WireName.Of(operation.Step).Should().Be("DONE");
    }

    private static void Check(Action act, bool allowed, int code, string names)
    {
        if (allowed)
        {
            act.Should().NotThrow();
        }
        else
        {
            var error = GandiErrors.From(act.Should().Throw<CoreError>().Which);
            error.Code.Should().Be(code);
            error.FaultString.Should().Contain(names);
        }
    }
}
