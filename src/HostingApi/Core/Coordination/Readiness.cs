namespace HostingApi.Core.Coordination;

/// <summary>
/// Whether the server may take calls: the store is ready (schema, catalog, accounts) and the queue
/// has recovered what was pending. <c>GET /_emulator/ready</c> answers 503 until both are done.
/// </summary>
public sealed class Readiness
{
    private volatile bool _storeReady;
    private volatile bool _queueRecovered;

    public bool IsReady => _storeReady && _queueRecovered;

    /// <summary>What is still missing, for the 503 answer.</summary>
    public IReadOnlyList<string> Waiting =>
        [.. (_storeReady ? [] : new[] { "store" }), .. (_queueRecovered ? [] : new[] { "queue" })];

    public void StoreReady() => _storeReady = true;

    public void QueueRecovered() => _queueRecovered = true;
}
