using HostingApi.Core.Coordination;

namespace HostingApi.Storage.Postgres;

/// <summary>
/// Before every request, one small query: has another instance written since this one last looked?
/// If so, this process refreshes what it keeps in memory (accounts, sessions, the queue's schedule, the
/// read cache) before answering, so no answer is older than the last write acknowledged anywhere.
/// </summary>
public sealed class ChangeCheckStartupFilter(PostgresWriteGate gate, Readiness readiness) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            // Until the schema exists there is nothing to compare (and the request is answered 503 anyway).
            if (readiness.IsReady)
            {
                await gate.SyncAsync(context.RequestAborted);
            }

            await proceed(context);
        });
        next(app);
    };
}
