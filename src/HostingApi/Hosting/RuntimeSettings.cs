using System.Reflection;
using System.Runtime.InteropServices;

namespace HostingApi.Hosting;

/// <summary>
/// The runtime memory settings of the launch profile (docs/configuration.md), for every way of
/// starting the server. The runtime reads them only from the environment, before any code runs,
/// so a server started without them (the installed tool, <c>dotnet HostingApi.dll</c>) replaces
/// itself, on Linux, with the same command and the variables set: <c>execve</c> keeps the process
/// id, the standard streams and the signals, so nothing sits between the caller and the server.
/// A variable already set is left as it is; <c>HOSTINGAPI_RUNTIME_SETTINGS=off</c> turns this off.
/// </summary>
public static partial class RuntimeSettings
{
    /// <summary>The same values as Properties/launchSettings.json (a test keeps the two equal).</summary>
    public static readonly IReadOnlyDictionary<string, string> Variables = new Dictionary<string, string>
    {
        ["DOTNET_GCgen0size"] = "0x400000",
        ["DOTNET_GCRegionSize"] = "0x100000",
        ["DOTNET_JitHostMaxSlabCache"] = "0",
        ["DOTNET_TC_CallCountThreshold"] = "200",
    };

    public const string Switch = "HOSTINGAPI_RUNTIME_SETTINGS";

    /// <summary>Returns only if nothing is to be done or exec failed; the server then runs without the settings.</summary>
    public static void ApplyByReexec()
    {
        var missing = Variables.Where(v => Environment.GetEnvironmentVariable(v.Key) is null).ToList();
        if (missing.Count == 0
            || !OperatingSystem.IsLinux()
            || Environment.GetEnvironmentVariable(Switch) is not null // off, or already applied once: never loop
            || Assembly.GetEntryAssembly() != typeof(RuntimeSettings).Assembly // hosted in a test process: its runtime is set
            || Environment.ProcessPath is not { } executable)
        {
            return;
        }

        // The exact command line this process got (dotnet, its host options, the dll, the arguments).
        var argv = File.ReadAllText("/proc/self/cmdline").TrimEnd('\0').Split('\0');
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(e => $"{e.Key}={e.Value}")
            .Concat(missing.Select(v => $"{v.Key}={v.Value}"))
            .Append($"{Switch}=applied");
        Exec(executable, [.. argv, null], [.. environment, null]);
    }

    private static void Exec(string path, string?[] argv, string?[] envp) => _ = execve(path, argv, envp);

    // Null-terminated arrays of UTF-8 strings; returns only on failure.
    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int execve(string path, string?[] argv, string?[] envp);
}
