using HostingApi.Core.Domain;
using HostingApi.Core.Services;
using HostingApi.Core.Services.Listing;
using HostingApi.Dialects.Gigas.Auth;
using HostingApi.Dialects.Gigas.Errors;
using HostingApi.Dialects.Gigas.Wire;

namespace HostingApi.Dialects.Gigas.Routes;

/// <summary>
/// Gigas' VM calls as far as its public documentation and an old script show them: create (with its
/// primary and swap disks), list, get, delete (with its disks); and the templates a VM is made from.
/// </summary>
public static class VmRoutes
{
    private static readonly string[] CreateFields = ["hostname", "label", "memory", "cpus", "template_id", "primary_disk_size", "swap_disk_size", "location_id"];

    public static RouteGroupBuilder MapVms(this RouteGroupBuilder account)
    {
        account.MapPost("/virtual_machine", CreateAsync);
        account.MapGet("/virtual_machines", ListAsync);
        account.MapGet("/virtual_machine/{vmId:int}", GetAsync);
        account.MapDelete("/virtual_machine/{vmId:int}", DeleteAsync);
        account.MapGet("/templates", TemplatesAsync);
        return account;
    }

    private static async Task<IResult> CreateAsync(int accountId, HttpContext context, VmService vms, DiskService disks, OperationService operations, CatalogService catalog, CancellationToken ct)
    {
        var tenant = GigasAuth.Owner(context, accountId);
        var body = await GigasBody.ReadAsync(context.Request);
        body.AllowOnly(CreateFields);
        var hostname = body.Text("hostname");
        var templateId = body.Integer("template_id");
        if (string.IsNullOrWhiteSpace(hostname) || templateId is null)
        {
            throw new GigasError(StatusCodes.Status422UnprocessableEntity, $"{(string.IsNullOrWhiteSpace(hostname) ? "hostname" : "template_id")} is required");
        }

        var template = (await TemplateDisksAsync(tenant, disks, catalog, ct)).FirstOrDefault(t => t.Id == templateId)
            ?? throw GigasError.NotFound($"template {templateId} not found");
        var primary = body.Integer("primary_disk_size");
        var swap = body.Integer("swap_disk_size") ?? 0;
        if (primary is <= 0 || swap < 0)
        {
            throw new GigasError(StatusCodes.Status422UnprocessableEntity, "primary_disk_size must be a positive and swap_disk_size a non-negative number of GB");
        }

        var spec = new VmSpec(checked((int)(body.Integer("location_id") ?? template.LocationId)), hostname, Int(body.Integer("memory")), Int(body.Integer("cpus")),
            null, null, null, null, null, null, null);
        var queued = await vms.CreateWithDisksAsync(tenant, spec, new DiskSpec(spec.DatacenterId, null, primary is { } gb ? GigasSize.ToBytes(gb) : null, null),
            template.Id, swap > 0 ? [new NewVmDisk(GigasSize.ToBytes(swap), IsSwap: true)] : [], ct);
        var job = queued.First(o => o.Type == Core.Operations.OperationTypes.VmCreate);
        var resource = await DescribeAsync(tenant, job.VmId!.Value, vms, disks, operations, ct);
        context.Response.Headers[GigasJobs.TokenHeader] = GigasJobs.Token(job);
        return Results.Json(new { queue_token = GigasJobs.Token(job), resource }, statusCode: StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> ListAsync(int accountId, HttpContext context, VmService vms, DiskService disks, OperationService operations, CancellationToken ct)
    {
        var tenant = GigasAuth.Owner(context, accountId);
        var all = await vms.ListAsync(tenant, new ListRequest([], int.MaxValue), ct);
        var attached = await disks.WithSettingsAsync(tenant, ct);
        var locks = new GigasLocks(await operations.PendingAsync(tenant, ct));
        return GigasPaging.Page(context, all.Select(v => VmResource.Of(v.Vm, attached, locks)).ToList());
    }

    private static async Task<IResult> GetAsync(int accountId, int vmId, HttpContext context, VmService vms, DiskService disks, OperationService operations, CancellationToken ct)
    {
        var tenant = GigasAuth.Owner(context, accountId);
        return Results.Json(await DescribeAsync(tenant, vmId, vms, disks, operations, ct));
    }

    private static async Task<IResult> DeleteAsync(int accountId, int vmId, HttpContext context, VmService vms, CancellationToken ct)
    {
        var tenant = GigasAuth.Owner(context, accountId);
        var operation = await vms.DeleteWithDisksAsync(tenant, vmId, ct);
        context.Response.Headers[GigasJobs.TokenHeader] = GigasJobs.Token(operation);
        return Results.Json(new { queue_token = GigasJobs.Token(operation) }, statusCode: StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> TemplatesAsync(int accountId, HttpContext context, DiskService disks, CatalogService catalog, CancellationToken ct)
    {
        var tenant = GigasAuth.Owner(context, accountId);
        var templates = await TemplateDisksAsync(tenant, disks, catalog, ct);
        return GigasPaging.Page(context, templates.Select(t => new { id = t.Id, label = t.Label, location_id = t.LocationId, min_disk_size = t.MinDiskGb, own = t.Own }).ToList());
    }

    // A template is an image disk: the catalog's public ones, then the account's own (POST .../template).
    private static async Task<List<Template>> TemplateDisksAsync(Core.Tenancy.Tenant tenant, DiskService disks, CatalogService catalog, CancellationToken ct)
    {
        var images = await catalog.ListImagesAsync(new ListRequest([], int.MaxValue), ct);
        var own = (await disks.WithSettingsAsync(tenant, ct)).Where(d => d.Disk.Type == DiskType.Image && d.Disk.State == DiskState.Created);
        return
        [
            .. images.Select(i => new Template(i.DiskId, i.Label, i.DatacenterId, GigasSize.ToGb(i.SizeBytes), false)),
            .. own.Select(d => new Template(d.Disk.Id, d.Disk.Label ?? d.Disk.Name, d.Disk.DatacenterId, GigasSize.ToGb(d.Disk.SizeBytes), true)),
        ];
    }

    private static async Task<object> DescribeAsync(Core.Tenancy.Tenant tenant, int vmId, VmService vms, DiskService disks, OperationService operations, CancellationToken ct)
    {
        var vm = await vms.InfoAsync(tenant, vmId, ct);
        return VmResource.Of(vm.Vm, await disks.WithSettingsAsync(tenant, ct), new GigasLocks(await operations.PendingAsync(tenant, ct)));
    }

    private static int? Int(long? value) => value is { } v ? checked((int)v) : null;

    private sealed record Template(int Id, string Label, int LocationId, long MinDiskGb, bool Own);
}
