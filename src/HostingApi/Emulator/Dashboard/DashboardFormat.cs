using System.Globalization;

namespace HostingApi.Emulator.Dashboard;

/// <summary>How the pages write times and durations: absolute UTC to the second, never "3 s ago", so a live refresh changes only what changed.</summary>
public static class DashboardFormat
{
    public static string Time(DateTime? time) =>
        time is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "";

    public static string Instant(DateTimeOffset time) => Time(time.UtcDateTime);

    public static string Duration(DateTime? from, DateTime? to) =>
        from is { } a && to is { } b && b >= a ? Duration((b - a).TotalMilliseconds) : "";

    public static string Duration(double milliseconds) => milliseconds switch
    {
        < 1 => $"{milliseconds.ToString("0.###", CultureInfo.InvariantCulture)} ms",
        < 1000 => $"{milliseconds.ToString("0", CultureInfo.InvariantCulture)} ms",
        < 120_000 => $"{(milliseconds / 1000).ToString("0.#", CultureInfo.InvariantCulture)} s",
        _ => $"{(milliseconds / 60_000).ToString("0.#", CultureInfo.InvariantCulture)} min",
    };
}
