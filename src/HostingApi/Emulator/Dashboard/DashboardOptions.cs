namespace HostingApi.Emulator.Dashboard;

/// <summary>
/// The browser dashboard under <c>/_emulator/ui/</c>; configuration section <c>Emulator:Dashboard</c>.
/// On by default: it costs nothing until a page is asked for (no services, no memory held between
/// requests), and a laptop user should find it without reading the docs. Off, its routes are not mapped.
/// </summary>
public sealed class DashboardOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>The most rows one table shows (the latest ones), so a page's size stays bounded however big the state.</summary>
    public int MaxRows { get; set; } = 200;

    /// <summary>How often an open page asks for fresh content; 0 turns live updates off.</summary>
    public double RefreshSeconds { get; set; } = 1.5;
}
