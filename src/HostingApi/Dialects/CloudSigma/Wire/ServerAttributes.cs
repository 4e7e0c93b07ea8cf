using System.Text.Json.Nodes;

namespace HostingApi.Dialects.CloudSigma.Wire;

/// <summary>
/// What a CloudSigma server has that a core VM has not, kept as the VM's annotation JSON: the <c>cpu</c> (MHz)
/// and <c>mem</c> (bytes) as asked (the core keeps whole cores and MB), <c>vnc_password</c>, <c>meta</c>,
/// <c>tags</c>, the <c>nics</c> as defined, and each drive's slot (<see cref="ServerDrive"/>).
/// </summary>
public sealed record ServerAttributes(long Cpu, long Mem, string VncPassword, JsonObject Meta, IReadOnlyList<string> Tags, JsonArray Nics, IReadOnlyList<ServerDrive> Drives)
{
    /// <summary>A VM with no annotation (made through another door): its sizing in CloudSigma's units, no NIC definition.</summary>
    public static ServerAttributes For(int cores, int memoryMb) =>
        new(cores * ServerUnits.MhzPerCore, memoryMb * ServerUnits.Mebibyte, "", [], [], [], []);

    public static ServerAttributes Parse(string? json, int cores, int memoryMb)
    {
        if (json is null || JsonNode.Parse(json) is not JsonObject o)
        {
            return For(cores, memoryMb);
        }

        return new(
            (long?)o["cpu"] ?? cores * ServerUnits.MhzPerCore,
            (long?)o["mem"] ?? memoryMb * ServerUnits.Mebibyte,
            (string?)o["vnc_password"] ?? "",
            o["meta"] is JsonObject meta ? (JsonObject)meta.DeepClone() : [],
            o["tags"] is JsonArray tags ? [.. tags.Select(t => (string?)t).OfType<string>()] : [],
            o["nics"] is JsonArray nics ? (JsonArray)nics.DeepClone() : [],
            o["drives"] is JsonArray drives ? [.. drives.Select(ServerDrive.Parse).OfType<ServerDrive>()] : []);
    }

    /// <summary>The slot of one drive: as defined, or the next free virtio channel for one attached elsewhere.</summary>
    public ServerDrive SlotOf(string uuid, int position) =>
        Drives.FirstOrDefault(d => d.Uuid == uuid) ?? new ServerDrive(uuid, $"0:{position}", "virtio", null);

    public string ToJson() => new JsonObject
    {
        ["cpu"] = Cpu,
        ["mem"] = Mem,
        ["vnc_password"] = VncPassword,
        ["meta"] = Meta.DeepClone(),
        ["tags"] = new JsonArray([.. Tags.Select(t => (JsonNode?)t)]),
        ["nics"] = Nics.DeepClone(),
        ["drives"] = new JsonArray([.. Drives.Select(d => (JsonNode?)d.ToJson())]),
    }.ToJsonString();
}
