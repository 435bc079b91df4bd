using Microsoft.EntityFrameworkCore;

namespace SupportPortal.Helpdesk.Embedded.Data;

/// <summary>The helpdesk on PostgreSQL; its migrations are in Migrations/Postgres.</summary>
internal sealed class PostgresHelpdeskDbContext(DbContextOptions<PostgresHelpdeskDbContext> options) : HelpdeskDbContext(options);
