namespace HostingApi.Core.Inspection;

/// <summary>The first objects of a kind an account owns, and how many it owns in all.</summary>
public sealed record ObjectRows(IReadOnlyList<ObjectRow> Rows, int Total);
