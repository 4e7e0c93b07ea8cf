using HostingApi.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Persistence;

/// <summary>The database: one set per entity; each entity's mapping is its own configuration class.</summary>
public sealed class HostingDbContext(DbContextOptions<HostingDbContext> options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Datacenter> Datacenters => Set<Datacenter>();

    public DbSet<Image> Images => Set<Image>();

    public DbSet<Kernel> Kernels => Set<Kernel>();

    public DbSet<SnapshotProfile> SnapshotProfiles => Set<SnapshotProfile>();

    public DbSet<Disk> Disks => Set<Disk>();

    public DbSet<DiskSettings> DiskSettings => Set<DiskSettings>();

    /// <summary>Kept by the store's triggers on <c>Disks</c>; read only (ADR-005).</summary>
    public DbSet<DiskUsage> DiskUsage => Set<DiskUsage>();

    public DbSet<Vm> Vms => Set<Vm>();

    public DbSet<Iface> Ifaces => Set<Iface>();

    public DbSet<Ip> Ips => Set<Ip>();

    public DbSet<SshKey> SshKeys => Set<SshKey>();

    public DbSet<Vlan> Vlans => Set<Vlan>();

    public DbSet<Operation> Operations => Set<Operation>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<ObjectAnnotation> Annotations => Set<ObjectAnnotation>();

    public DbSet<ControlSetting> ControlSettings => Set<ControlSetting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HostingDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time is UTC: SQLite keeps no kind, so reading one back says so explicitly.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
