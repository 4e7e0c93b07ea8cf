using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace HostingApi.Core.Diagnostics;

/// <summary>
/// A stable, non-reversible tag for a secret (an API key, a session id), for logs and the request
/// journal: a secret is never written down as is, and the same secret has the same tag in every run,
/// so a reader can still tell callers apart and a test can find its own calls by its key.
/// </summary>
public static class SecretTag
{
    /// <summary>
    /// 32 bits of a 64-bit XxHash3: a key has about 143 bits, so the tag cannot give it back. Not
    /// SHA-256: this runs on every call, and a cryptographic hash would load OpenSSL (about 5 MB of
    /// the server's memory) for a log tag.
    /// </summary>
    public static string Of(string secret)
    {
        var hash = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(secret));
        return "key#" + ((uint)(hash >> 32)).ToString("x8", CultureInfo.InvariantCulture);
    }
}
