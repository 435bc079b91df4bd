using Microsoft.Data.Sqlite;

namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>
/// Writes straight into the embedded helpdesk's SQLite tables what a helpdesk agent or another backend could hold but
/// the contract cannot send: HTML posts and attachment names kept exactly as given. The embedded DbContext is internal
/// to its project, so these are plain SQL on its tables.
/// </summary>
public sealed class EmbeddedStoreRows(string databasePath)
{
    private const int DemoAgentStaffId = 1;

    private readonly string connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString();

    /// <summary>An HTML post on <paramref name="ticketId"/>, by the demo agent or by the ticket's customer, who becomes its last replier.</summary>
    public async Task AddHtmlPostAsync(int ticketId, string html, bool fromStaff, string fullName)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO TicketPosts (TicketId, CreatedAt, UserId, StaffId, FullName, Email, IsHtml, Contents, EditedByStaffId, EditedAt)
            SELECT t.Id, $now, CASE WHEN $staff = 0 THEN t.CustomerId ELSE 0 END, $staff, $name,
                   CASE WHEN $staff = 0 THEN c.Email ELSE 'sam.support@example.com' END, 1, $html, 0, NULL
            FROM Tickets t JOIN Customers c ON c.Id = t.CustomerId
            WHERE t.Id = $ticket;
            UPDATE Tickets SET LastReplier = $name, LastActivityAt = $now WHERE Id = $ticket;
            """;
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$staff", fromStaff ? DemoAgentStaffId : 0);
        command.Parameters.AddWithValue("$name", fullName);
        command.Parameters.AddWithValue("$html", html);
        command.Parameters.AddWithValue("$ticket", ticketId);
        Assert.Equal(2, await command.ExecuteNonQueryAsync());
    }

    public async Task RenameAttachmentAsync(int attachmentId, string fileName)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE TicketAttachments SET FileName = $name WHERE Id = $id";
        command.Parameters.AddWithValue("$name", fileName);
        command.Parameters.AddWithValue("$id", attachmentId);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
