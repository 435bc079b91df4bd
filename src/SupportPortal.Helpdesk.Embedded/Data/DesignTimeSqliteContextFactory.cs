using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SupportPortal.Helpdesk.Embedded.Data;

/// <summary>Lets `dotnet ef migrations add ... --context SqliteHelpdeskDbContext` build the context without a host.</summary>
internal sealed class DesignTimeSqliteContextFactory : IDesignTimeDbContextFactory<SqliteHelpdeskDbContext>
{
    public SqliteHelpdeskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHelpdeskDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
