using HostingApi.Core.Errors;

namespace HostingApi.Core.Domain;

/// <summary>An IP address of an iface: <c>being_created</c> (no address yet) -> <c>created</c>.</summary>
public sealed class Ip
{
    /// <summary>
    /// The address an IP gets when its iface is created: derived from its id, so it is unique in its
    /// datacenter. IPv4 in 10.{datacenter}.0.0/16 and IPv6 in the documentation prefix 2001:db8::/32:
    /// nothing an emulator hands out can reach a real host.
    /// </summary>
    public static (string Address, string Reverse) AddressFor(int id, int datacenterId, int version) => version == 4
        ? ($"10.{datacenterId}.{(id >> 8) & 255}.{id & 255}", $"xvm-{(id >> 8) & 255}-{id & 255}.dc{datacenterId}.hostingapi.test")
        : ($"2001:db8:{datacenterId:x}::{id:x}", "");

    private Ip()
    {
    }

    public Ip(int accountId, int datacenterId, int ifaceId, int version, int num, DateTime now)
    {
        AccountId = accountId;
        DatacenterId = datacenterId;
        IfaceId = ifaceId;
        Version = version;
        Num = num;
        State = IpState.BeingCreated;
        DateCreated = now;
        DateUpdated = now;
        EntityId = Guid.NewGuid().ToString();
    }

    public int Id { get; private set; }

    /// <summary>Gandi's entity id: a UUID string, as disks and VLANs carry (2018 captures).</summary>
    public string EntityId { get; private set; } = "";

    public int AccountId { get; private set; }

    public int DatacenterId { get; private set; }

    public int? IfaceId { get; private set; }

    /// <summary>Null while being created.</summary>
    public string? Address { get; private set; }

    /// <summary>4 or 6.</summary>
    public int Version { get; private set; }

    public int? Num { get; private set; }

    public string Reverse { get; private set; } = "";

    public IpState State { get; private set; }

    public DateTime DateCreated { get; private set; }

    public DateTime DateUpdated { get; private set; }

    /// <summary>Follows its iface to another datacenter; an address this emulator generated is renumbered there.</summary>
    public void FollowTo(int datacenterId, DateTime now)
    {
        var generated = Address is not null && Address == AddressFor(Id, DatacenterId, Version).Address;
        DatacenterId = datacenterId;
        if (generated)
        {
            var (address, reverse) = AddressFor(Id, datacenterId, Version);
            Address = address;
            Reverse = Version == 4 ? reverse : Reverse;
        }

        DateUpdated = now;
    }

    public void ChangeReverse(string reverse, DateTime now)
    {
        Transition.Require(ObjectKind.Ip, Id, State, "change its reverse", IpState.Created);
        Reverse = reverse;
        DateUpdated = now;
    }

    public void CompleteCreation(string address, string reverse, DateTime now)
    {
        Transition.Require(ObjectKind.Ip, Id, State, "complete its creation", IpState.BeingCreated);
        Address = address;
        Reverse = reverse;
        State = IpState.Created;
        DateUpdated = now;
    }
}

public enum IpState
{
    BeingCreated,
    Created,
}
