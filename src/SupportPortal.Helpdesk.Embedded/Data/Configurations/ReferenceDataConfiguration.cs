using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded.Data.Configurations;

/// <summary>Departments, priorities and statuses: small tables read whole.</summary>
internal sealed class ReferenceDataConfiguration :
    IEntityTypeConfiguration<DepartmentRow>,
    IEntityTypeConfiguration<PriorityRow>,
    IEntityTypeConfiguration<StatusRow>
{
    public void Configure(EntityTypeBuilder<DepartmentRow> department)
    {
        department.ToTable("Departments");
        department.Property(d => d.Title).HasMaxLength(255);
        department.HasMany(d => d.CustomFieldGroups).WithOne().HasForeignKey(g => g.DepartmentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PriorityRow> priority)
    {
        priority.ToTable("Priorities");
        priority.Property(p => p.Title).HasMaxLength(255);
        priority.Property(p => p.ForeColor).HasMaxLength(32);
        priority.Property(p => p.BackColor).HasMaxLength(32);
    }

    public void Configure(EntityTypeBuilder<StatusRow> status)
    {
        status.ToTable("Statuses");
        status.Property(s => s.Title).HasMaxLength(255);
        status.Property(s => s.ForeColor).HasMaxLength(32);
        status.Property(s => s.BackColor).HasMaxLength(32);
    }
}
