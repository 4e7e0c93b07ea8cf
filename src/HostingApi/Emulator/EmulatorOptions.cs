using HostingApi.Emulator.Dashboard;

namespace HostingApi.Emulator;

/// <summary>The control plane's settings; configuration section <c>Emulator</c>.</summary>
public sealed class EmulatorOptions
{
    public const string Section = "Emulator";

    /// <summary>When set, every <c>/_emulator/</c> request must carry <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public string? Token { get; set; }

    /// <summary>State files (the format of <c>GET /_emulator/state</c>) loaded at start, in order.</summary>
    public List<string> SeedFiles { get; set; } = [];

    /// <summary>With the clock frozen, the same calls from the same state give byte-identical answers.</summary>
    public bool Deterministic { get; set; }

    public JournalOptions Journal { get; set; } = new();

    public DashboardOptions Dashboard { get; set; } = new();
}

/// <summary>The request journal: a bounded ring of decoded calls.</summary>
public sealed class JournalOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>How many calls the ring keeps (the oldest go first).</summary>
    public int Capacity { get; set; } = 10_000;

    /// <summary>
    /// How many of the latest calls keep their arguments and answer; older ones keep the rest (method,
    /// account tag, fault, duration, rule, test id). Those values are most of a call's memory.
    /// </summary>
    public int DetailedCapacity { get; set; } = 32;
}
