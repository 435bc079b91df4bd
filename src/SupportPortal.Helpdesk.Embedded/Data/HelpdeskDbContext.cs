using Microsoft.EntityFrameworkCore;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded.Data;

/// <summary>
/// The helpdesk's model, shared by both providers. EF Core keeps one migration set per context type,
/// so each provider has its own derived context (<see cref="SqliteHelpdeskDbContext"/>,
/// <see cref="PostgresHelpdeskDbContext"/>) and its own Migrations folder.
/// </summary>
internal abstract class HelpdeskDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DepartmentRow> Departments => Set<DepartmentRow>();

    public DbSet<PriorityRow> Priorities => Set<PriorityRow>();

    public DbSet<StatusRow> Statuses => Set<StatusRow>();

    public DbSet<CustomFieldGroupRow> CustomFieldGroups => Set<CustomFieldGroupRow>();

    public DbSet<CustomFieldRow> CustomFields => Set<CustomFieldRow>();

    public DbSet<CustomFieldOptionRow> CustomFieldOptions => Set<CustomFieldOptionRow>();

    public DbSet<CustomerRow> Customers => Set<CustomerRow>();

    public DbSet<TicketRow> Tickets => Set<TicketRow>();

    public DbSet<TicketPostRow> TicketPosts => Set<TicketPostRow>();

    public DbSet<TicketAttachmentRow> TicketAttachments => Set<TicketAttachmentRow>();

    public DbSet<TicketFieldValueRow> TicketFieldValues => Set<TicketFieldValueRow>();

    public DbSet<KbCategoryRow> KbCategories => Set<KbCategoryRow>();

    public DbSet<KbArticleRow> KbArticles => Set<KbArticleRow>();

    public DbSet<KbCommentRow> KbComments => Set<KbCommentRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or ORDER BY DateTimeOffset; Unix milliseconds index and sort the same on both providers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UnixMillisecondsConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HelpdeskDbContext).Assembly);
}
