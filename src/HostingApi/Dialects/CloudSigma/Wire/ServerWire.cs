using System.Globalization;
using System.Text.Json.Nodes;
using HostingApi.Dialects.CloudSigma.Servers;

namespace HostingApi.Dialects.CloudSigma.Wire;

/// <summary>
/// Core VMs as CloudSigma servers (the shape of CloudSigma's recorded answers): the short form of
/// <c>GET /servers/</c> and the full one. Each drive entry's <c>drive</c> is an object (libcloud's detach
/// reads <c>drive.uuid</c>); a running server has a <c>runtime</c> whose first NIC carries the core iface's IPs.
/// </summary>
public static class ServerWire
{
    public static JsonObject Short(ServerView view) => new()
    {
        ["name"] = view.Vm.Hostname,
        ["owner"] = Owner(view),
        ["resource_uri"] = Uris.Of("servers", view.Uuid),
        ["runtime"] = Runtime(view),
        ["status"] = view.Status,
        ["uuid"] = view.Uuid,
    };

    public static JsonObject Full(ServerView view)
    {
        var attributes = view.Attributes;
        var running = view.Status == ServerStatus.Running;
        return new JsonObject
        {
            ["context"] = true,
            ["cpu"] = attributes.Cpu,
            ["cpu_model"] = null,
            ["cpus_instead_of_cores"] = false,
            ["drives"] = new JsonArray([.. view.Disks.Select((disk, position) => (JsonNode?)Drive(attributes.SlotOf(disk.EntityId, position), running))]),
            ["enable_numa"] = false,
            ["grantees"] = new JsonArray(),
            ["hv_relaxed"] = false,
            ["hv_tsc"] = false,
            ["jobs"] = new JsonArray(),
            ["mem"] = attributes.Mem,
            ["meta"] = attributes.Meta.DeepClone(),
            ["name"] = view.Vm.Hostname,
            ["nics"] = new JsonArray([.. attributes.Nics.Select((nic, index) => (JsonNode?)Nic(view, nic as JsonObject ?? [], index, running))]),
            ["owner"] = Owner(view),
            ["permissions"] = new JsonArray(),
            ["requirements"] = new JsonArray(),
            ["resource_uri"] = Uris.Of("servers", view.Uuid),
            ["runtime"] = Runtime(view),
            ["smp"] = view.Vm.Cores,
            ["status"] = view.Status,
            ["tags"] = new JsonArray([.. attributes.Tags.Select(t => (JsonNode?)Uris.Related("tags", t))]),
            ["uuid"] = view.Uuid,
            ["vnc_password"] = attributes.VncPassword,
        };
    }

    private static JsonObject Drive(ServerDrive slot, bool running) => new()
    {
        ["boot_order"] = slot.BootOrder,
        ["dev_channel"] = slot.DevChannel,
        ["device"] = slot.Device,
        ["drive"] = Uris.Related("drives", slot.Uuid),
        ["runtime"] = running ? new JsonObject { ["io"] = Io("bytes_read", "bytes_written", "count_flush", "count_read", "count_written") } : null,
    };

    // The NIC as defined (ip_v4_conf/ip_v6_conf always with their "ip"), its MAC, and while running its runtime.
    private static JsonObject Nic(ServerView view, JsonObject defined, int index, bool running) =>
        new()
        {
            ["boot_order"] = defined["boot_order"]?.DeepClone(),
            ["firewall_policy"] = defined["firewall_policy"]?.DeepClone(),
            ["ip_v4_conf"] = Conf(defined["ip_v4_conf"]),
            ["ip_v6_conf"] = Conf(defined["ip_v6_conf"]),
            ["mac"] = Mac(view, index),
            ["model"] = (string?)defined["model"] ?? "virtio",
            ["runtime"] = running ? NicRuntime(view, defined, index) : null,
            ["vlan"] = defined["vlan"]?.DeepClone(),
        };

    private static JsonNode? Conf(JsonNode? conf)
    {
        if (conf is not JsonObject o)
        {
            return null;
        }

        var copy = (JsonObject)o.DeepClone();
        copy.TryAdd("ip", null);
        return copy;
    }

    private static JsonObject? Runtime(ServerView view)
    {
        if (view.Status != ServerStatus.Running)
        {
            return null;
        }

        return new JsonObject
        {
            ["active_since"] = view.Vm.DateUpdated.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture),
            ["nics"] = new JsonArray([.. view.Attributes.Nics.Select((nic, index) =>
            {
                var runtime = NicRuntime(view, nic as JsonObject ?? [], index);
                runtime["mac"] = Mac(view, index);
                return (JsonNode?)runtime;
            })]),
        };
    }

    // The first NIC is the core's first iface: its IPv4 and IPv6 addresses are the NIC's dynamic IPs, each
    // shown only if the NIC asks for that family (CloudSigma's ip_v6_conf: null means no IPv6).
    private static JsonObject NicRuntime(ServerView view, JsonObject defined, int index)
    {
        var ips = index == 0 ? view.Ifaces.FirstOrDefault()?.Ips ?? [] : [];
        var v4 = defined["ip_v4_conf"] is null ? null : ips.FirstOrDefault(ip => ip.Version == 4 && ip.Address is not null)?.Address;
        var v6 = defined["ip_v6_conf"] is null ? null : ips.FirstOrDefault(ip => ip.Version == 6 && ip.Address is not null)?.Address;
        return new JsonObject
        {
            ["interface_type"] = "public",
            ["io"] = Io("bytes_recv", "bytes_sent", "packets_recv", "packets_sent"),
            ["ip_v4"] = v4 is null ? null : Uris.Related("ips", v4),
            ["ip_v6"] = v6 is null ? null : Uris.Related("ips", v6),
        };
    }

    private static JsonObject Io(params string[] counters) => new([.. counters.Select(c => KeyValuePair.Create(c, (JsonNode?)0))]);

    // Stable per server and NIC; 22:... as CloudSigma's MACs begin.
    private static string Mac(ServerView view, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"22:{(view.Vm.Id >> 16) & 0xFF:x2}:{(view.Vm.Id >> 8) & 0xFF:x2}:{view.Vm.Id & 0xFF:x2}:{view.Vm.AccountId & 0xFF:x2}:{index & 0xFF:x2}");

    private static JsonObject Owner(ServerView view) => Uris.Related("user", Uris.UserUuid(view.Vm.AccountId));
}
