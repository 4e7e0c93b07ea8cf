using System.IO.Hashing;
using System.Text;
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

    /// <summary>
    /// 32 bits of a 64-bit XxHash3: a key has about 143 bits, so the tag cannot give it back, and the
    /// same key has the same tag in every run. Not SHA-256: this runs on every call, and a
    /// cryptographic hash would load OpenSSL (about 5 MB of the server's memory) for a log tag.
    /// </summary>
    public static string Redact(string key)
    {
        var hash = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(key));
        return "key#" + ((uint)(hash >> 32)).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    public override string ToString() => Redacted;
}
