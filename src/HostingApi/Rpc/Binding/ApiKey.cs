using System.Security.Cryptography;
using System.Text;
using HostingApi.Domain;

namespace HostingApi.Rpc.Binding;

/// <summary>
/// The API key every v3 method takes as its first argument. Binding checks its form
/// (24 ASCII letters or digits; Gandi's clients accept mixed case, so does this server).
/// </summary>
public readonly record struct ApiKey(string Value)
{
    public static bool IsWellFormed(string value) => Account.IsWellFormedApiKey(value);

    /// <summary>A stable, non-reversible tag for logs: a key is a secret and never logged as is.</summary>
    public string Redacted => Redact(Value);

    public static string Redact(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return "key#" + Convert.ToHexStringLower(hash[..4]);
    }

    public override string ToString() => Redacted;
}
