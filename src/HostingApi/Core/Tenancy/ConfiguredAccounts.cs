namespace HostingApi.Core.Tenancy;

/// <summary>
/// The accounts configuration declares (section <c>Accounts</c>, a list): the storage seeds them, the
/// legacy login checks their credentials, the banner prints them.
/// </summary>
public sealed class ConfiguredAccounts(IConfiguration configuration)
{
    public IReadOnlyList<AccountOptions> All { get; } = configuration.GetSection("Accounts").Get<List<AccountOptions>>() ?? [];
}
