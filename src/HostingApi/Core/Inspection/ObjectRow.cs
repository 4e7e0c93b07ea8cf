namespace HostingApi.Core.Inspection;

/// <summary>
/// One object as a person inspects it: the core's id (what operations and the control plane name), its
/// name and state, then its key fields as text, labelled by its kind's <see cref="IAccountObjectKind.Columns"/>.
/// </summary>
public sealed record ObjectRow(int Id, string Name, string State, IReadOnlyList<string> Fields);
