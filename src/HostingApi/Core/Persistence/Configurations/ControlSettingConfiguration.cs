using HostingApi.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HostingApi.Core.Persistence.Configurations;

public sealed class ControlSettingConfiguration : IEntityTypeConfiguration<ControlSetting>
{
    public void Configure(EntityTypeBuilder<ControlSetting> builder)
    {
        builder.ToTable("ControlSettings");
        builder.HasKey(s => s.Key);
    }
}
