using HostingApi.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HostingApi.Core.Persistence.Configurations;

public sealed class DatacenterConfiguration : IEntityTypeConfiguration<Datacenter>
{
    public void Configure(EntityTypeBuilder<Datacenter> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.IaasClosedFor).HasConversion<WireNameConverter<ClosedFor>>();
        builder.Property(d => d.PaasClosedFor).HasConversion<WireNameConverter<ClosedFor>>();
        builder.Property(d => d.CanMigrateTo).HasConversion(JsonColumn.Converter<int>(), JsonColumn.Comparer<int>());
    }
}

public sealed class ImageConfiguration : IEntityTypeConfiguration<Image>
{
    public void Configure(EntityTypeBuilder<Image> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Visibility).HasConversion<WireNameConverter<ImageVisibility>>();
        builder.HasIndex(i => new { i.DatacenterId, i.Label });
    }
}

public sealed class KernelConfiguration : IEntityTypeConfiguration<Kernel>
{
    public void Configure(EntityTypeBuilder<Kernel> builder) => builder.HasIndex(k => new { k.DatacenterId, k.Flavor, k.Position });
}

public sealed class SnapshotProfileConfiguration : IEntityTypeConfiguration<SnapshotProfile>
{
    public void Configure(EntityTypeBuilder<SnapshotProfile> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Schedules).HasConversion(JsonColumn.Converter<SnapshotSchedule>(), JsonColumn.Comparer<SnapshotSchedule>());
    }
}
