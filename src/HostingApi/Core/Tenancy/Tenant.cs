using HostingApi.Core.Domain;

namespace HostingApi.Core.Tenancy;

/// <summary>The account a call acts for, resolved from its API key. Every query of an account's objects is scoped by it.</summary>
public sealed record Tenant(int AccountId, string Handle, string Provider = Providers.Gandi);
