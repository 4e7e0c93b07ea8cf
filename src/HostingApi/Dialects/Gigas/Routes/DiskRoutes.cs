using HostingApi.Core.Domain;
using HostingApi.Core.Services;
using HostingApi.Dialects.Gigas.Auth;
using HostingApi.Dialects.Gigas.Errors;
using HostingApi.Dialects.Gigas.Wire;

namespace HostingApi.Dialects.Gigas.Routes;

/// <summary>Seed 001, every call, under <c>/account/&lt;account_id&gt;/</c> (docs/gigas.md says what each one does).</summary>
public static class DiskRoutes
{
    private static readonly string[] EditFields = ["disk_size", "virtual_machine_id", "autobackup", "mount_point", "add_to_linux_fstab", "force_reboot"];

    public static RouteGroupBuilder MapDisks(this RouteGroupBuilder account)
    {
        account.MapGet("/disks", ListAsync);
        account.MapGet("/disk/{diskId:int}", GetAsync);
        account.MapPut("/disk/{diskId:int}", EditAsync);
        account.MapDelete("/disk/{diskId:int}", DeleteAsync);
        account.MapPost("/disk/{diskId:int}/build", BuildAsync);
        account.MapGet("/disk/{diskId:int}/backups", BackupsAsync);
        account.MapPost("/disk/{diskId:int}/backup", BackupAsync);
        account.MapPost("/disk/{diskId:int}/template", TemplateAsync);
        return account;
    }

    private static async Task<IResult> ListAsync(int accountId, HttpContext context, DiskService disks, OperationService operations, CancellationToken ct)
    {
        var tenant = GigasAuth.Owner(context, accountId);
        var query = context.Request.Query;
        if (query.Keys.FirstOrDefault(k => !DiskFilters.Names.Contains(k) && !GigasPaging.Parameters.Contains(k)) is { } unknown)
        {
            throw GigasError.BadRequest($"unknown filter '{unknown}'; accepted: {string.Join(", ", DiskFilters.Names.Concat(GigasPaging.Parameters))}");
        }

        var filter = DiskFilters.From(query);
        var locks = new GigasLocks(await operations.PendingAsync(tenant, ct));
        var listed = (await disks.WithSettingsAsync(tenant, ct)).Where(d => DiskResource.IsListed(d.Disk) && filter(d)).Select(d => DiskResource.Of(d, locks)).ToList();
        return GigasPaging.Page(context, listed);
    }

    private static async Task<IResult> GetAsync(int accountId, int diskId, HttpContext context, DiskService disks, OperationService operations, CancellationToken ct)
    {
        var tenant = GigasAuth.Owner(context, accountId);
        return Results.Json(await DescribeAsync(tenant, diskId, disks, operations, ct));
    }

    private static async Task<IResult> EditAsync(int accountId, int diskId, HttpContext context, DiskService disks, OperationService operations, CancellationToken ct)
    {
        var tenant = GigasAuth.Owner(context, accountId);
        var body = await GigasBody.ReadAsync(context.Request);
        body.AllowOnly(EditFields);
        await FindAsync(tenant, diskId, disks, ct);
        var size = body.Integer("disk_size");
        if (size is <= 0)
        {
            throw GigasError.BadRequest("disk_size must be a positive number of GB");
        }

        var vmId = body.Integer("virtual_machine_id");
        var edit = new DiskEdit(
            SizeBytes: size is { } gb ? GigasSize.ToBytes(gb) : null,
            VmId: vmId is { } id ? checked((int)id) : null,
            Detach: body.IsNull("virtual_machine_id"),
            MountPoint: body.Text("mount_point"),
            AddToFstab: body.Flag("add_to_linux_fstab"),
            AutoBackup: body.Flag("autobackup"),
            ForceReboot: body.Flag("force_reboot") ?? false);
        var queued = await disks.EditAsync(tenant, diskId, edit, ct);
        var resource = await DescribeAsync(tenant, diskId, disks, operations, ct);
        return queued.Count == 0 ? Results.Json(resource) : GigasJobs.Accepted(context, queued[0], resource);
    }

    private static async Task<IResult> DeleteAsync(int accountId, int diskId, HttpContext context, DiskService disks, CancellationToken ct)
    {
        var tenant = GigasAuth.Owner(context, accountId);
        await FindAsync(tenant, diskId, disks, ct);
        return GigasJobs.Accepted(context, await disks.DeleteDetachingAsync(tenant, diskId, ct), body: null);
    }

    private static async Task<IResult> BuildAsync(int accountId, int diskId, HttpContext context, DiskService disks, OperationService operations, CancellationToken ct)
    {
        var tenant = GigasAuth.Owner(context, accountId);
        await FindAsync(tenant, diskId, disks, ct);
        var operation = await disks.FormatAsync(tenant, diskId, ct);
        return GigasJobs.Accepted(context, operation, await DescribeAsync(tenant, diskId, disks, operations, ct));
    }

    private static async Task<IResult> BackupsAsync(int accountId, int diskId, HttpContext context, DiskService disks, OperationService operations, CancellationToken ct)
    {
        var tenant = GigasAuth.Owner(context, accountId);
        var query = context.Request.Query;
        if (query.Keys.FirstOrDefault(k => k != "min_disk_size" && !GigasPaging.Parameters.Contains(k)) is { } unknown)
        {
            throw GigasError.BadRequest($"unknown filter '{unknown}'; accepted: min_disk_size, {string.Join(", ", GigasPaging.Parameters)}");
        }

        long? minimum = query.TryGetValue("min_disk_size", out var text)
            ? long.TryParse(text.ToString(), out var gb) && gb >= 0 ? gb : throw GigasError.BadRequest($"min_disk_size must be a number of GB, not '{text}'")
            : null;
        await FindAsync(tenant, diskId, disks, ct);
        var locks = new GigasLocks(await operations.PendingAsync(tenant, ct));
        var backups = (await disks.WithSettingsAsync(tenant, ct))
            .Where(d => d.Disk.Type == DiskType.Backup && d.Disk.SourceId == diskId && (minimum is null || GigasSize.ToGb(d.Disk.SizeBytes) >= minimum))
            .Select(d => BackupResource.Of(d.Disk, locks.Disk(d.Disk.Id))).ToList();
        return GigasPaging.Page(context, backups);
    }

    private static async Task<IResult> BackupAsync(int accountId, int diskId, HttpContext context, DiskService disks, CancellationToken ct)
    {
        var tenant = GigasAuth.Owner(context, accountId);
        (await GigasBody.ReadAsync(context.Request)).AllowOnly();
        await FindAsync(tenant, diskId, disks, ct);
        var (operation, backup) = await disks.BackupAsync(tenant, diskId, ct);
        return GigasJobs.Accepted(context, operation, BackupResource.Of(backup, locked: operation.IsPending));
    }

    private static async Task<IResult> TemplateAsync(int accountId, int diskId, HttpContext context, DiskService disks, CancellationToken ct)
    {
        var tenant = GigasAuth.Owner(context, accountId);
        var body = await GigasBody.ReadAsync(context.Request);
        body.AllowOnly("label", "console_id");
        var label = body.Text("label");
        var consoleId = body.Integer("console_id");
        if (string.IsNullOrWhiteSpace(label) || consoleId is null)
        {
            throw new GigasError(StatusCodes.Status422UnprocessableEntity, $"{(string.IsNullOrWhiteSpace(label) ? "label" : "console_id")} is required");
        }

        await FindAsync(tenant, diskId, disks, ct);
        var (operation, template) = await disks.TemplateAsync(tenant, diskId, label, ct);
        return GigasJobs.Accepted(context, operation, BackupResource.Of(template, locked: operation.IsPending, consoleId));
    }

    private static async Task<object> DescribeAsync(Core.Tenancy.Tenant tenant, int diskId, DiskService disks, OperationService operations, CancellationToken ct)
    {
        var disk = await FindAsync(tenant, diskId, disks, ct);
        return DiskResource.Of(disk, new GigasLocks(await operations.PendingAsync(tenant, ct)));
    }

    // Only the disks Gigas lists are disks here: a backup's or template's id answers as missing.
    private static async Task<DiskWithSettings> FindAsync(Core.Tenancy.Tenant tenant, int diskId, DiskService disks, CancellationToken ct) =>
        (await disks.WithSettingsAsync(tenant, ct)).FirstOrDefault(d => d.Disk.Id == diskId && DiskResource.IsListed(d.Disk))
        ?? throw GigasError.NotFound($"disk {diskId} not found");
}
