namespace HostingApi.Dialects.Gandi.Endpoint;

/// <summary>An answer grew past <c>XmlRpc:MaxResponseBytes</c> while it was written; the endpoint answers a fault instead.</summary>
public sealed class ResponseTooLargeException(long maxLength) : Exception($"The answer is larger than {maxLength} bytes.");
