using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace HostingApi.Hosting;

/// <summary>
/// HTTPS on request: libcloud's CloudSigma driver refuses plain HTTP. When <c>Urls</c> names an
/// <c>https://</c> address, Kestrel serves TLS with <c>Https:CertificatePath</c>'s certificate or one
/// generated at start (self-signed, for localhost and the loopback addresses), and its PEM is written
/// to <c>Https:ExportPath</c> so a client can trust exactly it.
/// </summary>
public static class HttpsSetup
{
    public static WebApplicationBuilder AddHttpsOnRequest(this WebApplicationBuilder builder)
    {
        var urls = builder.Configuration["Urls"] ?? builder.Configuration["urls"] ?? "";
        if (!urls.Contains("https://", StringComparison.OrdinalIgnoreCase))
        {
            return builder;
        }

        var options = builder.Configuration.GetSection(HttpsOptions.Section).Get<HttpsOptions>() ?? new HttpsOptions();
        var certificate = Load(options) ?? Generate();
        if (!string.IsNullOrEmpty(options.ExportPath))
        {
            File.WriteAllText(options.ExportPath, certificate.ExportCertificatePem() + "\n");
        }

        builder.WebHost.UseKestrelHttpsConfiguration(); // the slim builder leaves HTTPS out unless asked
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate));
        return builder;
    }

    private static X509Certificate2? Load(HttpsOptions options)
    {
        if (string.IsNullOrEmpty(options.CertificatePath))
        {
            return null;
        }

        if (File.ReadAllText(options.CertificatePath).Contains("-----BEGIN", StringComparison.Ordinal))
        {
            // Kestrel on Linux wants a key it can export: a PEM pair is re-read as PKCS#12.
            using var pem = X509Certificate2.CreateFromPemFile(options.CertificatePath, options.KeyPath);
            return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.Password);
    }

    /// <summary>
    /// Self-signed and its own trust anchor: a CA with the server's names, so strict verifiers (Python's
    /// <c>VERIFY_X509_STRICT</c>) accept it as the one certificate of the chain.
    /// </summary>
    private static X509Certificate2 Generate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost, O=HostingApi emulator", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.KeyCertSign, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var subjectKey = new X509SubjectKeyIdentifierExtension(request.PublicKey, false);
        request.CertificateExtensions.Add(subjectKey);
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromSubjectKeyIdentifier(subjectKey));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
