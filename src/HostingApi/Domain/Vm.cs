using HostingApi.Faults;

namespace HostingApi.Domain;

/// <summary>A virtual machine. <c>being_created</c> -> <c>running</c>; <c>running</c> &lt;-> <c>halted</c>.</summary>
public sealed class Vm
{
    private Vm()
    {
    }

    public Vm(int accountId, int datacenterId, string hostname, int cores, int memory, int vmMaxMemory, DateTime now)
    {
        AccountId = accountId;
        DatacenterId = datacenterId;
        Hostname = hostname;
        Cores = cores;
        Memory = memory;
        VmMaxMemory = vmMaxMemory;
        State = VmState.BeingCreated;
        DateCreated = now;
        DateUpdated = now;
    }

    public int Id { get; private set; }

    public int AccountId { get; private set; }

    public int DatacenterId { get; private set; }

    public string Hostname { get; private set; } = "";

    public string Description { get; private set; } = "";

    public int Cores { get; private set; }

    /// <summary>MB, a multiple of 64.</summary>
    public int Memory { get; private set; }

    public int VmMaxMemory { get; private set; }

    public VmState State { get; private set; }

    /// <summary>Gandi answers these three as <c>&lt;int&gt;</c> 0/1, not booleans.</summary>
    public int Console { get; private set; }

    public int AiActive { get; private set; }

    public int FlexShares { get; private set; }

    public DateTime DateCreated { get; private set; }

    public DateTime DateUpdated { get; private set; }

    public void CompleteCreation(DateTime now) => Move(VmState.Running, "complete its creation", now, VmState.BeingCreated);

    public void Stop(DateTime now) => Move(VmState.Halted, "stop", now, VmState.Running);

    public void Start(DateTime now) => Move(VmState.Running, "start", now, VmState.Halted);

    public void Reboot(DateTime now) => Move(VmState.Running, "reboot", now, VmState.Running);

    private void Move(VmState to, string action, DateTime now, params VmState[] from)
    {
        Transition.Require(FaultObject.Vm, "vm", Id, State, action, from);
        State = to;
        DateUpdated = now;
    }
}

public enum VmState
{
    BeingCreated,
    Running,
    Halted,
    Paused,
    Locked,
    LegallyLocked,
    Invalid,
    BeingMigrated,
    Deleted,
}
