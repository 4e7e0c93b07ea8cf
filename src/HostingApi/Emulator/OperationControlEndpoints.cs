using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Services;

namespace HostingApi.Emulator;

/// <summary>Test controls for one operation of any account: keep it, let it go, make it fail.</summary>
public static class OperationControlEndpoints
{
    public static RouteGroupBuilder MapOperationControl(this RouteGroupBuilder control)
    {
        control.MapPost("/operations/{id:int}/release", (int id, OperationService operations, IErrorWording wording, CancellationToken ct) =>
            Control(wording, () => operations.ControlAsync(id, (o, now) => o.Release(now), ct)));
        control.MapPost("/operations/{id:int}/hold", (int id, OperationService operations, IErrorWording wording, CancellationToken ct) =>
            Control(wording, () => operations.ControlAsync(id, (o, _) => o.Hold(), ct)));
        control.MapPost("/operations/{id:int}/fail", (int id, string? error, OperationService operations, IErrorWording wording, CancellationToken ct) =>
            Control(wording, () => operations.ControlAsync(id, (o, now) => o.InjectFailure(error ?? "failure injected through the control plane", now), ct)));
        return control;
    }

    private static async Task<IResult> Control(IErrorWording wording, Func<Task<Operation>> change)
    {
        try
        {
            var o = await change();
            return Results.Json(new { id = o.Id, type = o.Type, step = WireName.Of(o.Step), last_error = o.LastError });
        }
        catch (CoreError e)
        {
            // The refusal as the API's clients would read it (Gandi: faultCode and faultString).
            var words = wording.Describe(e);
            return Results.Json(new { faultCode = words.Code, faultString = words.Text }, statusCode: StatusCodes.Status409Conflict);
        }
    }
}
