using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded.Data.Configurations;

/// <summary>What hangs off a ticket: posts, attachment metadata and custom field values.</summary>
internal sealed class TicketThreadConfiguration :
    IEntityTypeConfiguration<TicketPostRow>,
    IEntityTypeConfiguration<TicketAttachmentRow>,
    IEntityTypeConfiguration<TicketFieldValueRow>
{
    public void Configure(EntityTypeBuilder<TicketPostRow> post)
    {
        post.ToTable("TicketPosts");
        post.Property(p => p.FullName).HasMaxLength(255);
        post.Property(p => p.Email).HasMaxLength(254);
        post.HasIndex(p => new { p.TicketId, p.CreatedAt });
        post.HasIndex(p => p.UserId);

        // Attachments are reached through the ticket's cascade; a second cascade path would be refused by some databases.
        post.HasMany(p => p.Attachments).WithOne().HasForeignKey(a => a.PostId).OnDelete(DeleteBehavior.NoAction);
    }

    public void Configure(EntityTypeBuilder<TicketAttachmentRow> attachment)
    {
        attachment.ToTable("TicketAttachments");
        attachment.Property(a => a.FileName).HasMaxLength(255);
        attachment.Property(a => a.ContentType).HasMaxLength(255);
        attachment.Property(a => a.ContentSha256).HasMaxLength(64).IsFixedLength();
        attachment.HasIndex(a => a.TicketId);
        attachment.HasIndex(a => a.PostId);
        attachment.HasIndex(a => a.ContentSha256);
    }

    public void Configure(EntityTypeBuilder<TicketFieldValueRow> value)
    {
        value.ToTable("TicketFieldValues");
        value.HasIndex(v => new { v.TicketId, v.FieldId, v.Position }).IsUnique();
        value.HasOne<CustomFieldRow>().WithMany().HasForeignKey(v => v.FieldId).OnDelete(DeleteBehavior.Cascade);
    }
}
