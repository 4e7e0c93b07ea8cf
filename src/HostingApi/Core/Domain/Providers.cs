namespace HostingApi.Core.Domain;

/// <summary>
/// The providers whose APIs front the core. An account belongs to one of them (rest-dialects.md §6.2):
/// what it owns is seen through that provider's API only, so a key or login of one provider's account
/// answers as unknown at another's door.
/// </summary>
public static class Providers
{
    public const string Gandi = "gandi";
    public const string Gigas = "gigas";
    public const string CloudSigma = "cloudsigma";

    public static bool IsKnown(string provider) => provider is Gandi or Gigas or CloudSigma;
}
