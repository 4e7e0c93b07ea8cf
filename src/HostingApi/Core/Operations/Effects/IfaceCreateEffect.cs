using System.Net;
using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Operations.Effects;

/// <summary>
/// <c>iface_create</c>: the iface becomes <c>free</c> (or <c>used</c> when made with its VM) and its IPs get
/// their addresses (<c>created</c>). A private iface's IPv4 is the one asked for (<c>params.ip</c>) or one of
/// its VLAN's subnet. Abandoned: the iface and its IPs never existed.
/// </summary>
public sealed class IfaceCreateEffect : IOperationEffect
{
    public const string PrivateIpParam = "ip";

    public string Type => OperationTypes.IfaceCreate;

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        var iface = await db.Ifaces.SingleAsync(i => i.Id == operation.IfaceId);
        iface.CompleteCreation(now);
        var vlan = iface.VlanId is { } vlanId ? await db.Vlans.FindAsync(vlanId) : null;
        foreach (var ip in await db.Ips.Where(ip => ip.IfaceId == iface.Id && ip.State == IpState.BeingCreated).ToListAsync())
        {
            var (address, reverse) = vlan is null
                ? Ip.AddressFor(ip.Id, ip.DatacenterId, ip.Version)
                : (operation.Params.FirstOrDefault(p => p.Name == PrivateIpParam)?.Text ?? InSubnet(vlan.Subnet, ip.Id), "");
            ip.CompleteCreation(address, reverse, now);
        }
    }

    public async Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        db.Ips.RemoveRange(await db.Ips.Where(ip => ip.IfaceId == operation.IfaceId).ToListAsync());
        if (await db.Ifaces.FindAsync(operation.IfaceId) is { State: IfaceState.BeingCreated } iface)
        {
            db.Ifaces.Remove(iface);
        }
    }

    // The subnet's network address plus an offset derived from the IP's id (skipping .0 and the usual .1 gateway).
    private static string InSubnet(string cidr, int id)
    {
        var parts = cidr.Split('/');
        var bits = parts.Length == 2 && int.TryParse(parts[1], out var b) ? Math.Clamp(b, 8, 30) : 24;
        var hosts = (1u << (32 - bits)) - 3;
        var network = BitConverter.ToUInt32(IPAddress.Parse(parts[0]).GetAddressBytes().Reverse().ToArray());
        var address = network + 2 + ((uint)id % hosts);
        return new IPAddress(BitConverter.GetBytes(address).Reverse().ToArray()).ToString();
    }
}
