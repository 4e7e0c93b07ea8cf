using HostingApi.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HostingApi.Core.Persistence.Configurations;

public sealed class DiskConfiguration : IEntityTypeConfiguration<Disk>
{
    public void Configure(EntityTypeBuilder<Disk> builder)
    {
        builder.Property(d => d.State).HasConversion<WireNameConverter<DiskState>>();
        builder.Property(d => d.Type).HasConversion<WireNameConverter<DiskType>>();
        builder.Property(d => d.Visibility).HasConversion<WireNameConverter<DiskVisibility>>();
        builder.Property(d => d.KernelCmdline).HasConversion(JsonColumn.Converter<NamedValue>(), JsonColumn.Comparer<NamedValue>());

        // Every list filter is scoped to one account; these keep the documented filters on an index.
        // (AccountId, Id) serves the default order: a page is read in order and stops after it, whatever the account's size.
        builder.HasIndex(d => new { d.AccountId, d.Id });
        builder.HasIndex(d => new { d.AccountId, d.Name });
        builder.HasIndex(d => new { d.AccountId, d.State });
        builder.HasIndex(d => new { d.AccountId, d.DatacenterId });
        builder.HasIndex(d => new { d.AccountId, d.VmId });
        builder.HasIndex(d => new { d.AccountId, d.Type });
        builder.HasIndex(d => new { d.AccountId, d.DateCreated });
        builder.HasIndex(d => d.SourceId);
    }
}

public sealed class DiskSettingsConfiguration : IEntityTypeConfiguration<DiskSettings>
{
    public void Configure(EntityTypeBuilder<DiskSettings> builder)
    {
        builder.HasKey(s => s.DiskId);
        builder.Property(s => s.DiskId).ValueGeneratedNever();
        builder.HasIndex(s => s.AccountId);
    }
}
