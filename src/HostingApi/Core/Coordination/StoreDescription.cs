namespace HostingApi.Core.Coordination;

/// <summary>Which store the state lives in, as the health answer and the banner show it (never a password).</summary>
public sealed record StoreDescription(string Provider, string Location);
