namespace HostingApi.Hosting;

/// <summary>Settings of HTTPS (section <c>Https</c>), used when an <c>https://</c> URL is in <c>Urls</c>.</summary>
public sealed class HttpsOptions
{
    public const string Section = "Https";

    /// <summary>A certificate to serve (PKCS#12, or PEM with its key in the same file or in <see cref="KeyPath"/>); none: one is generated at start.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PEM private key of a PEM <see cref="CertificatePath"/>, when it is a file of its own.</summary>
    public string? KeyPath { get; set; }

    /// <summary>The password of a PKCS#12 <see cref="CertificatePath"/>.</summary>
    public string? Password { get; set; }

    /// <summary>Where the served certificate is written as PEM, for clients to trust (libcloud: <c>SSL_CERT_FILE</c>).</summary>
    public string? ExportPath { get; set; } = "hostingapi-cert.pem";
}
