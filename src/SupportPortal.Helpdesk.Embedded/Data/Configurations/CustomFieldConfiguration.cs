using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded.Data.Configurations;

/// <summary>Custom field groups, their fields and the fields' options.</summary>
internal sealed class CustomFieldConfiguration :
    IEntityTypeConfiguration<CustomFieldGroupRow>,
    IEntityTypeConfiguration<CustomFieldRow>,
    IEntityTypeConfiguration<CustomFieldOptionRow>
{
    public void Configure(EntityTypeBuilder<CustomFieldGroupRow> group)
    {
        group.ToTable("CustomFieldGroups");
        group.Property(g => g.Title).HasMaxLength(255);
        group.HasIndex(g => new { g.DepartmentId, g.DisplayOrder });
        group.HasMany(g => g.Fields).WithOne(f => f.Group).HasForeignKey(f => f.GroupId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CustomFieldRow> field)
    {
        field.ToTable("CustomFields");
        field.Property(f => f.Title).HasMaxLength(255);
        field.HasIndex(f => new { f.GroupId, f.DisplayOrder });
        field.HasMany(f => f.Options).WithOne().HasForeignKey(o => o.FieldId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CustomFieldOptionRow> option)
    {
        option.ToTable("CustomFieldOptions");
        option.Property(o => o.Text).HasMaxLength(255);
        option.HasIndex(o => new { o.FieldId, o.DisplayOrder });
    }
}
