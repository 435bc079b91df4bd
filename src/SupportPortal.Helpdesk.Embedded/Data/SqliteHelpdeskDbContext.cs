using Microsoft.EntityFrameworkCore;

namespace SupportPortal.Helpdesk.Embedded.Data;

/// <summary>The helpdesk on SQLite, the default; its migrations are in Migrations/Sqlite.</summary>
internal sealed class SqliteHelpdeskDbContext(DbContextOptions<SqliteHelpdeskDbContext> options) : HelpdeskDbContext(options);
