using HostingApi.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HostingApi.Core.Persistence.Configurations;

public sealed class VmConfiguration : IEntityTypeConfiguration<Vm>
{
    public void Configure(EntityTypeBuilder<Vm> builder)
    {
        builder.Property(v => v.State).HasConversion<WireNameConverter<VmState>>();
        builder.HasIndex(v => new { v.AccountId, v.Hostname });
        builder.HasIndex(v => new { v.AccountId, v.State });
        builder.HasIndex(v => new { v.AccountId, v.DatacenterId });
    }
}
