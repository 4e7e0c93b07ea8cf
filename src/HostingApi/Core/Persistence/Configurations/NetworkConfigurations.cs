using HostingApi.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HostingApi.Core.Persistence.Configurations;

public sealed class IfaceConfiguration : IEntityTypeConfiguration<Iface>
{
    public void Configure(EntityTypeBuilder<Iface> builder)
    {
        builder.Property(i => i.State).HasConversion<WireNameConverter<IfaceState>>();
        builder.Property(i => i.Type).HasConversion<WireNameConverter<IfaceType>>();
        builder.HasIndex(i => new { i.AccountId, i.VmId });
        builder.HasIndex(i => new { i.AccountId, i.State });
    }
}

public sealed class IpConfiguration : IEntityTypeConfiguration<Ip>
{
    public void Configure(EntityTypeBuilder<Ip> builder)
    {
        builder.Property(i => i.State).HasConversion<WireNameConverter<IpState>>();
        builder.HasIndex(i => new { i.AccountId, i.IfaceId });

        // Addresses are unique per datacenter.
        builder.HasIndex(i => new { i.DatacenterId, i.Address }).IsUnique();
    }
}

public sealed class VlanConfiguration : IEntityTypeConfiguration<Vlan>
{
    public void Configure(EntityTypeBuilder<Vlan> builder)
    {
        builder.Property(v => v.State).HasConversion<WireNameConverter<VlanState>>();
        builder.HasIndex(v => new { v.AccountId, v.Name }).IsUnique();
    }
}

public sealed class SshKeyConfiguration : IEntityTypeConfiguration<SshKey>
{
    public void Configure(EntityTypeBuilder<SshKey> builder) => builder.HasIndex(k => new { k.AccountId, k.Name });
}
