namespace HostingApi.Core.Coordination;

/// <summary>
/// A value read from the database once and kept until <see cref="Forget"/>: then the next use reads it
/// again. A read that was under way when it was forgotten is used for its own call but not kept, so a
/// value read before a change can never outlive the refresh that follows the change.
/// </summary>
public sealed class Reloadable<T>(Func<T> load)
    where T : class
{
    private readonly Lock _gate = new();
    private T? _value;
    private long _generation;

    public T Value
    {
        get
        {
            if (Volatile.Read(ref _value) is { } kept)
            {
                return kept;
            }

            var generation = Interlocked.Read(ref _generation);
            var loaded = load();
            lock (_gate)
            {
                if (_generation == generation)
                {
                    _value ??= loaded;
                }
            }

            return loaded;
        }
    }

    public void Forget()
    {
        lock (_gate)
        {
            _generation++;
            _value = null;
        }
    }
}
