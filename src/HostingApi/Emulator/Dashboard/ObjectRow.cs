namespace HostingApi.Emulator.Dashboard;

/// <summary>One object as the dashboard shows it: id, name, state, then its key fields as text (labelled by its kind's columns).</summary>
public sealed record ObjectRow(int Id, string Name, string State, IReadOnlyList<string> Fields);
