namespace HostingApi.Hosting;

public static class SettingsFile
{
    /// <summary>
    /// Adds <c>--config FILE</c> (JSON) above appsettings.json and the environment, then the command
    /// line again, so that a switch given beside the file still wins over it.
    /// </summary>
    public static WebApplicationBuilder AddSettingsFile(this WebApplicationBuilder builder, string? path, string[] args)
    {
        if (path is not null)
        {
            builder.Configuration.AddJsonFile(path, optional: false, reloadOnChange: false);
            builder.Configuration.AddCommandLine(args);
        }

        return builder;
    }
}
