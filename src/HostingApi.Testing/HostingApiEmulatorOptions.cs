namespace HostingApi.Testing;

/// <summary>How <see cref="HostingApiEmulator.StartAsync"/> starts the server.</summary>
public sealed class HostingApiEmulatorOptions
{
    /// <summary>
    /// Configuration keys as on the server's command line without the dashes
    /// (<c>["Operations:Default:Mode"] = "Held"</c>, <c>["Database:Path"] = "state.db"</c>); they win over the defaults.
    /// </summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Also log each call (the server's one line per call); off by default, only warnings are logged.</summary>
    public bool LogCalls { get; set; }

    /// <summary>
    /// Make a fresh account for <see cref="HostingApiEmulator.ApiKey"/> (POST /_emulator/accounts) when the server
    /// offers it; false, or a server without it: the default account's key, <c>hostingapidefaultkey0001</c>.
    /// </summary>
    public bool FreshAccount { get; set; } = true;
}
