namespace HostingApi.Services;

/// <summary>What <c>hosting.disk.create</c> asks for (Gandi's DiskDescription), free of the wire.</summary>
public sealed record DiskSpec(int DatacenterId, string? Name, int? Size, int? SnapshotProfileId);
