using HostingApi.Core.Diagnostics;
using HostingApi.Core.Domain;

namespace HostingApi.Dialects.Gandi.Rpc.Binding;

/// <summary>
/// The API key every v3 method takes as its first argument. Binding checks its form
/// (24 ASCII letters or digits; Gandi's clients accept mixed case, so does this server).
/// </summary>
public readonly record struct ApiKey(string Value)
{
    public static bool IsWellFormed(string value) => Account.IsWellFormedApiKey(value);

    /// <summary>A stable, non-reversible tag for logs: a key is a secret and never logged as is.</summary>
    public string Redacted => Redact(Value);

    /// <summary>The key's tag (<see cref="SecretTag"/>): the same in the log line and the request journal.</summary>
    public static string Redact(string key) => SecretTag.Of(key);

    public override string ToString() => Redacted;
}
