using HostingApi.Core.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Persistence.Configurations;

public sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.HasIndex(a => a.ApiKey).IsUnique();
        builder.HasIndex(a => a.Handle).IsUnique();
        builder.HasIndex(a => a.Login);

        // A row written before providers existed (an imported state) is Gandi's.
        builder.Property(a => a.Provider).HasDefaultValue(Providers.Gandi);
        builder.OwnsOne(a => a.Granted, quota =>
        {
            quota.Property(q => q.Servers).HasColumnName("GrantedServers");
            quota.Property(q => q.Ips).HasColumnName("GrantedIps");
            quota.Property(q => q.Cores).HasColumnName("GrantedCores");
            quota.Property(q => q.Memory).HasColumnName("GrantedMemory");
            quota.Property(q => q.DiskBytes).HasColumnName("GrantedDiskBytes");
            quota.Property(q => q.Bandwidth).HasColumnName("GrantedBandwidth");
        });
        builder.Navigation(a => a.Granted).IsRequired();

        // SQLite has no decimal type: the prepaid balance is kept as text, exact.
        builder.Property(a => a.PrepaidAmount).HasConversion<string>();
    }
}

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.Kind).HasConversion<WireNameConverter<ProductKind>>();
        builder.Property(p => p.State).HasConversion<WireNameConverter<ProductState>>();
        builder.HasIndex(p => p.AccountId);
    }
}

public sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => s.AccountId);
    }
}
