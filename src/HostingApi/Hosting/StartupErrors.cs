using System.Text.RegularExpressions;
using HostingApi.Storage;
using HostingApi.Storage.Sqlite;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace HostingApi.Hosting;

/// <summary>
/// Runs the server, turning the start-up failures a user causes (a port in use, a bad setting, an
/// unusable database file) into one line on standard error and exit code 2. Anything else is a
/// bug and keeps its stack trace.
/// </summary>
public static partial class StartupErrors
{
    public const int ExitCode = 2;

    /// <summary>Builds the application; null (after the one line) when a setting read while building is bad.</summary>
    public static WebApplication? BuildOrExplain(this WebApplicationBuilder builder)
    {
        try
        {
            return builder.Build();
        }
        catch (Exception e) when (Describe(e) is { } problem)
        {
            Console.Error.WriteLine($"hostingapi: {problem}");
            return null;
        }
    }

    public static async Task<int> RunOrExplainAsync(this WebApplication app)
    {
        try
        {
            await app.StartAsync();
        }
        catch (Exception e) when (Describe(e) is { } problem)
        {
            await app.DisposeAsync(); // flushes the log first, so the line below comes last
            await Console.Error.WriteLineAsync($"hostingapi: {problem}");
            return ExitCode;
        }

        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
        return 0;
    }

    /// <summary>The one-line explanation of a start-up failure the user can fix, or null for a bug.</summary>
    public static string? Describe(Exception e) => e switch
    {
        AggregateException { InnerExceptions.Count: 1 } one => Describe(one.InnerExceptions[0]),
        IOException { InnerException: AddressInUseException } =>
            $"{e.Message.TrimEnd('.')}: another process listens there; stop it or choose another port (--port, --urls or the Urls setting).",
        OptionsValidationException invalid => string.Join("; ", invalid.Failures),
        DatabaseUnavailableException or SchemaVersionException => e.Message,
        InvalidOperationException when ConversionFailure().Match(e.Message) is { Success: true } m => Unconvertible(m),
        _ => null,
    };

    // "Failed to convert configuration value 'Bogus' at 'Operations:Default:Mode' to type '...OperationMode'."
    private static string Unconvertible(Match m)
    {
        var (value, key, typeName) = (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
        var type = typeof(StartupErrors).Assembly.GetType(typeName);
        var valid = type is { IsEnum: true } ? $"; valid values: {string.Join(", ", Enum.GetNames(type))}" : $" (expected a {type?.Name ?? typeName})";
        return $"{key} = '{value}' is not valid{valid}";
    }

    [GeneratedRegex(@"^Failed to convert configuration value '(.*)' at '([^']+)' to type '([^']+)'")]
    private static partial Regex ConversionFailure();
}
