using HostingApi.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HostingApi.Core.Persistence.Configurations;

public sealed class ObjectAnnotationConfiguration : IEntityTypeConfiguration<ObjectAnnotation>
{
    public void Configure(EntityTypeBuilder<ObjectAnnotation> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>();

        // One set of attributes per dialect and object; a dialect's own uuid finds its object.
        builder.HasIndex(a => new { a.AccountId, a.Dialect, a.Kind, a.ObjectId }).IsUnique();
        builder.HasIndex(a => new { a.Dialect, a.EntityId });
    }
}
