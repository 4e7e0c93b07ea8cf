using System.Collections;
using System.Reflection;
using HostingApi.Core.Operations;
using HostingApi.Core.Services;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.CloudSigma;
using HostingApi.Dialects.Gandi.Endpoint;
using HostingApi.Dialects.Gandi.Legacy;
using HostingApi.Emulator;
using HostingApi.Storage;

namespace HostingApi.Hosting;

/// <summary>
/// Warns, by name, about configuration keys under HostingApi's own sections that no setting reads
/// (<c>Operations:Default:Mdoe</c>): the binder ignores them, so a typo would otherwise go unnoticed.
/// </summary>
public static partial class SettingKeys
{
    /// <summary>Each section and the type bound to it. Sections of other libraries (Serilog, Kestrel) are theirs to check.</summary>
    private static readonly (string Section, Type Shape)[] Sections =
    [
        (DatabaseOptions.Section, typeof(DatabaseOptions)),
        (XmlRpcOptions.Section, typeof(XmlRpcOptions)),
        (OperationQueueOptions.Section, typeof(OperationQueueOptions)),
        (ReadCacheOptions.Section, typeof(ReadCacheOptions)),
        ("Accounts", typeof(List<AccountOptions>)),
        (LegacyOptions.Section, typeof(LegacyOptions)),
        (CloudSigmaOptions.Section, typeof(CloudSigmaOptions)),
        (HttpsOptions.Section, typeof(HttpsOptions)),
        (EmulatorOptions.Section, typeof(EmulatorOptions)),
    ];

    public static WebApplication WarnAboutUnknownSettings(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HostingApi");
        foreach (var key in Unknown(app.Configuration))
        {
            LogUnknown(log, key);
        }

        return app;
    }

    /// <summary>The full keys (<c>Operations:Default:Mdoe</c>) that match no property of their section's type.</summary>
    public static IEnumerable<string> Unknown(IConfiguration configuration) =>
        Sections.SelectMany(s => Unknown(configuration.GetSection(s.Section), s.Shape));

    private static IEnumerable<string> Unknown(IConfigurationSection section, Type shape)
    {
        if (IsLeaf(shape))
        {
            yield break; // a value: it has no keys under it to check
        }

        var element = ElementType(shape);
        foreach (var child in section.GetChildren())
        {
            var childShape = element ?? PropertyType(shape, child.Key);
            if (childShape is null)
            {
                yield return child.Path;
                continue;
            }

            foreach (var unknown in Unknown(child, childShape))
            {
                yield return unknown;
            }
        }
    }

    private static bool IsLeaf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime) || t == typeof(TimeSpan);
    }

    // A list or a dictionary: any key (an index or a name) holds an element.
    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[^1]
        : null;

    private static Type? PropertyType(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unknown setting {Key} is ignored (a typo? docs/configuration.md lists the settings)")]
    private static partial void LogUnknown(ILogger log, string key);
}
