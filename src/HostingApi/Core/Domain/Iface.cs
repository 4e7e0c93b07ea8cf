using HostingApi.Core.Errors;

namespace HostingApi.Core.Domain;

/// <summary>A network interface: <c>being_created</c> -> <c>free</c> &lt;-> <c>used</c> (attached to a VM).</summary>
public sealed class Iface
{
    private Iface()
    {
    }

    public Iface(int accountId, int datacenterId, IfaceType type, double bandwidth, int? vlanId, DateTime now)
    {
        AccountId = accountId;
        DatacenterId = datacenterId;
        Type = type;
        Bandwidth = bandwidth;
        VlanId = vlanId;
        State = IfaceState.BeingCreated;
        DateCreated = now;
        DateUpdated = now;
        EntityId = Guid.NewGuid().ToString();
    }

    public int Id { get; private set; }

    /// <summary>Gandi's entity id: a UUID string, as disks and VLANs carry (2018 captures).</summary>
    public string EntityId { get; private set; } = "";

    public int AccountId { get; private set; }

    public int DatacenterId { get; private set; }

    public IfaceType Type { get; private set; }

    /// <summary>kbit/s; a <c>&lt;double&gt;</c> on the wire.</summary>
    public double Bandwidth { get; private set; }

    public int? VlanId { get; private set; }

    public int? VmId { get; private set; }

    /// <summary>Its position on the VM (0: first interface); null when free.</summary>
    public int? Num { get; private set; }

    public IfaceState State { get; private set; }

    public DateTime DateCreated { get; private set; }

    public DateTime DateUpdated { get; private set; }

    public void CompleteCreation(DateTime now) => Move(VmId is null ? IfaceState.Free : IfaceState.Used, "complete its creation", now, IfaceState.BeingCreated);

    /// <summary><c>free -> deleted</c> while <c>iface_delete</c> runs; an iface in use must be detached first.</summary>
    public void BeginDeletion(DateTime now)
    {
        if (VmId is { } vm)
        {
            throw new AttachedError(ObjectKind.Iface, Id, ObjectKind.Vm, vm);
        }

        Move(IfaceState.Deleted, "delete", now, IfaceState.Free);
    }

    public void CancelDeletion(DateTime now) => Move(IfaceState.Free, "cancel its deletion", now, IfaceState.Deleted);

    /// <summary>Follows its VM to another datacenter.</summary>
    public void FollowTo(int datacenterId, DateTime now)
    {
        DatacenterId = datacenterId;
        DateUpdated = now;
    }

    public void ChangeBandwidth(double bandwidth, DateTime now)
    {
        Transition.Require(ObjectKind.Iface, Id, State, "change its bandwidth", IfaceState.Free, IfaceState.Used);
        Bandwidth = bandwidth;
        DateUpdated = now;
    }

    /// <summary>An iface created with its VM is attached from the start (it becomes <c>used</c> when created).</summary>
    public void AttachAtCreation(int vmId, int num)
    {
        Transition.Require(ObjectKind.Iface, Id, State, "attach", IfaceState.BeingCreated);
        VmId = vmId;
        Num = num;
    }

    public void Attach(int vmId, int num, DateTime now)
    {
        Move(IfaceState.Used, "attach", now, IfaceState.Free);
        VmId = vmId;
        Num = num;
    }

    public void Detach(DateTime now)
    {
        Move(IfaceState.Free, "detach", now, IfaceState.Used);
        VmId = null;
        Num = null;
    }

    private void Move(IfaceState to, string action, DateTime now, params IfaceState[] from)
    {
        Transition.Require(ObjectKind.Iface, Id, State, action, from);
        State = to;
        DateUpdated = now;
    }
}

public enum IfaceState
{
    BeingCreated,
    Free,
    Used,
    Deleted,
}

public enum IfaceType
{
    Public,
    Private,
}
