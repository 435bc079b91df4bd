namespace SupportPortal.Helpdesk.Embedded.Entities;

/// <summary>A customer, known by a normalized e-mail address (<see cref="CustomerEmail.Normalize"/>).</summary>
internal sealed class CustomerRow
{
    public int Id { get; set; }

    public required string Email { get; set; }

    public required string FullName { get; set; }

    /// <summary>Kept up to date on submit so that counting a customer's tickets never scans them.</summary>
    public int TicketCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
