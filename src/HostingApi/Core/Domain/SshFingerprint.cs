using HostingApi.Core.Errors;
using System.Security.Cryptography;

namespace HostingApi.Core.Domain;

/// <summary>
/// The MD5 fingerprint Gandi shows for an SSH public key (<c>a6:1f:b8:…</c>): the MD5 of the key's
/// base64 blob, as <c>ssh-keygen -l -E md5</c> prints it.
/// </summary>
public static class SshFingerprint
{
    private static readonly string[] KnownTypes =
        ["ssh-rsa", "ssh-dss", "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com"];

    public static string Of(string publicKey)
    {
        var parts = publicKey.Trim().Split((char[])[' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !KnownTypes.Contains(parts[0]))
        {
            throw new InvalidArgumentError(ObjectKind.SshKey, "value", "invalid SSH public key: expected '<type> <base64 key> [comment]' with a known type such as ssh-rsa or ssh-ed25519");
        }

        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException)
        {
            throw new InvalidArgumentError(ObjectKind.SshKey, "value", "invalid SSH public key: the key is not base64");
        }

        return string.Join(':', MD5.HashData(blob).Select(b => b.ToString("x2")));
    }

    /// <summary>The key's comment (its third field), if it has one.</summary>
    public static string? Comment(string publicKey)
    {
        var parts = publicKey.Trim().Split((char[])[' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3 ? parts[2] : null;
    }
}
