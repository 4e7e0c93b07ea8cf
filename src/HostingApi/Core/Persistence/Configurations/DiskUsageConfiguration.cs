using HostingApi.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HostingApi.Core.Persistence.Configurations;

public sealed class DiskUsageConfiguration : IEntityTypeConfiguration<DiskUsage>
{
    public void Configure(EntityTypeBuilder<DiskUsage> builder)
    {
        builder.ToTable("DiskUsage");
        // The key the triggers upsert on: one row per account and profile.
        builder.HasKey(u => new { u.AccountId, u.ProfileKey });
        builder.Property(u => u.AccountId).ValueGeneratedNever();
        builder.Property(u => u.ProfileKey).ValueGeneratedNever();
    }
}
