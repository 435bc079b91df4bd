using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SupportPortal.Web.Reliability.Outbox.Data;

/// <summary>
/// The outbox's tables in the portal store. The accounts share that database, so the outbox keeps its own
/// migrations history table; each provider has its own derived context and Migrations folder.
/// </summary>
internal abstract class OutboxDbContext(DbContextOptions options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__OutboxMigrationsHistory";

    public DbSet<OutboxMessage> Messages => Set<OutboxMessage>();

    public DbSet<OutboxAttachment> Attachments => Set<OutboxAttachment>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset; Unix milliseconds compare and sort the same on both providers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMilliseconds>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UnixMilliseconds>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var message = modelBuilder.Entity<OutboxMessage>();
        message.ToTable("OutboxMessages");
        message.HasKey(m => m.Id);
        message.Property(m => m.IdempotencyKey).HasMaxLength(64);
        message.Property(m => m.HelpdeskKey).HasMaxLength(253).HasDefaultValue(Helpdesk.HelpdeskDirectory.DefaultKey);
        message.HasIndex(m => m.IdempotencyKey).IsUnique();
        message.Property(m => m.Email).HasMaxLength(254);
        message.Property(m => m.CustomerKey).HasMaxLength(254);
        message.Property(m => m.FullName).HasMaxLength(200);
        message.Property(m => m.Subject).HasMaxLength(1000);
        message.Property(m => m.LockedBy).HasMaxLength(100);
        message.Property(m => m.DeliveredTicketMask).HasMaxLength(100);
        message.Property(m => m.LastError).HasMaxLength(2000);
        message.HasIndex(m => new { m.State, m.NextAttemptAt });
        message.HasIndex(m => new { m.CustomerKey, m.State });
        message.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);

        var attachment = modelBuilder.Entity<OutboxAttachment>();
        attachment.ToTable("OutboxAttachments");
        attachment.HasKey(a => a.Id);
        attachment.Property(a => a.FileName).HasMaxLength(500);
        attachment.Property(a => a.ContentType).HasMaxLength(200);
        attachment.Property(a => a.StoredName).HasMaxLength(200);
    }

    private sealed class UnixMilliseconds() : ValueConverter<DateTimeOffset, long>(
        moment => moment.ToUnixTimeMilliseconds(),
        milliseconds => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));
}

/// <summary>The outbox on SQLite (the default portal store); migrations in Reliability/Outbox/Migrations/Sqlite.</summary>
internal sealed class SqliteOutboxDbContext(DbContextOptions<SqliteOutboxDbContext> options) : OutboxDbContext(options);

/// <summary>The outbox on PostgreSQL; migrations in Reliability/Outbox/Migrations/Postgres.</summary>
internal sealed class PostgresOutboxDbContext(DbContextOptions<PostgresOutboxDbContext> options) : OutboxDbContext(options);
