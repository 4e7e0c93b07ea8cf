using HostingApi.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HostingApi.Core.Persistence.Configurations;

public sealed class OperationConfiguration : IEntityTypeConfiguration<Operation>
{
    public void Configure(EntityTypeBuilder<Operation> builder)
    {
        builder.Property(o => o.Step).HasConversion<WireNameConverter<OperationStep>>();
        builder.Property(o => o.Params).HasConversion(JsonColumn.Converter<NamedValue>(), JsonColumn.Comparer<NamedValue>());

        // The queue's "what is due next" query.
        builder.HasIndex(o => o.DueAt);
        builder.HasIndex(o => new { o.AccountId, o.Id });
        builder.HasIndex(o => new { o.AccountId, o.Step });
        builder.HasIndex(o => new { o.AccountId, o.Type });
        builder.HasIndex(o => new { o.AccountId, o.DateCreated });
        builder.HasIndex(o => new { o.AccountId, o.DiskId });
        builder.HasIndex(o => new { o.AccountId, o.VmId });
    }
}
