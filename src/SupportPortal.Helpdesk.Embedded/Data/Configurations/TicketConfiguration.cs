using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded.Data.Configurations;

/// <summary>
/// Tickets. One composite index per sort key, each starting with the customer and ending with the id tie-breaker,
/// so that the first page of "my tickets" is an index range read whether the customer has 100 tickets or 100,000.
/// </summary>
internal sealed class TicketConfiguration : IEntityTypeConfiguration<TicketRow>
{
    public void Configure(EntityTypeBuilder<TicketRow> ticket)
    {
        ticket.ToTable("Tickets");
        ticket.Property(t => t.Mask).HasMaxLength(32);
        ticket.Property(t => t.LastReplier).HasMaxLength(255);
        ticket.HasIndex(t => t.Mask).IsUnique();

        ticket.HasIndex(t => new { t.CustomerId, t.LastActivityAt, t.Id });
        ticket.HasIndex(t => new { t.CustomerId, t.LastReplier, t.Id });
        ticket.HasIndex(t => new { t.CustomerId, t.StatusId, t.Id });
        ticket.HasIndex(t => new { t.CustomerId, t.PriorityId, t.Id });
        ticket.HasIndex(t => new { t.CustomerId, t.DepartmentId, t.Id });

        ticket.HasOne(t => t.Customer).WithMany().HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Restrict);
        ticket.HasOne<DepartmentRow>().WithMany().HasForeignKey(t => t.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        ticket.HasOne<StatusRow>().WithMany().HasForeignKey(t => t.StatusId).OnDelete(DeleteBehavior.Restrict);
        ticket.HasOne<PriorityRow>().WithMany().HasForeignKey(t => t.PriorityId).OnDelete(DeleteBehavior.Restrict);

        ticket.HasMany(t => t.Posts).WithOne().HasForeignKey(p => p.TicketId).OnDelete(DeleteBehavior.Cascade);
        ticket.HasMany(t => t.Attachments).WithOne().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.Cascade);
        ticket.HasMany(t => t.FieldValues).WithOne().HasForeignKey(v => v.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}
