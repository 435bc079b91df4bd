using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded.Data.Configurations;

/// <summary>Customers, found by their normalized e-mail address.</summary>
internal sealed class CustomerConfiguration : IEntityTypeConfiguration<CustomerRow>
{
    public void Configure(EntityTypeBuilder<CustomerRow> customer)
    {
        customer.ToTable("Customers");
        customer.Property(c => c.Email).HasMaxLength(254);
        customer.Property(c => c.FullName).HasMaxLength(255);
        customer.HasIndex(c => c.Email).IsUnique();
    }
}
