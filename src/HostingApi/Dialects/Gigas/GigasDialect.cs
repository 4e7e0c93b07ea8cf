using HostingApi.Core.Calls;
using HostingApi.Core.Errors;
using HostingApi.Dialects.Gigas.Errors;
using HostingApi.Dialects.Gigas.Inspection;
using HostingApi.Dialects.Gigas.Routes;

namespace HostingApi.Dialects.Gigas;

/// <summary>
/// Gigas' front door (seed 001, docs/gigas.md): JSON routes at the root (<c>/token</c>, <c>/accounts</c>,
/// <c>/account/&lt;id&gt;/...</c>), beside Gandi's <c>/xmlrpc/</c>; every refusal is a status and <c>{"error"}</c>.
/// </summary>
public static class GigasDialect
{
    public static IServiceCollection AddGigas(this IServiceCollection services, IConfiguration configuration) =>
        services.AddGigasInspection(); // the dashboard's view of a Gigas account, in Gigas' words

    public static IEndpointRouteBuilder MapGigas(this IEndpointRouteBuilder app)
    {
        var gigas = app.MapGroup("").AddEndpointFilter(AnswerRefusals).ObserveCalls("gigas"); // fault rules and the journal
        gigas.MapAccess();
        gigas.MapGroup("/account/{accountId:int}").MapDisks().MapVms();
        return app;
    }

    // The one place a refusal becomes an answer: the dialect's own, or a core error through GigasErrors.
    private static async ValueTask<object?> AnswerRefusals(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (GigasError e)
        {
            return e.ToResult();
        }
        catch (CoreError e)
        {
            return GigasErrors.From(e).ToResult();
        }
    }
}
