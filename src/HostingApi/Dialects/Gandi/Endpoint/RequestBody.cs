namespace HostingApi.Dialects.Gandi.Endpoint;

/// <summary>Reads a request body into a pooled buffer, stopping as soon as it passes the limit.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<PooledBufferWriter?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken aborted)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var buffer = new PooledBufferWriter((int)(request.ContentLength ?? 4096));
        try
        {
            while (true)
            {
                var read = await request.Body.ReadAsync(buffer.GetMemory(4096), aborted);
                if (read == 0)
                {
                    return buffer;
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > maxBytes)
                {
                    buffer.Dispose();
                    return null;
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            buffer.Dispose();
            return null;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }
}
