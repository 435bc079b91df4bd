using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>Finds tickets and attachments of the demo data through the helpdesk itself, so tests never hard-code ids.</summary>
internal static class DemoTickets
{
    public static IHelpdesk Helpdesk(this SignedInPortalFactory portal) => portal.Services.GetRequiredService<IHelpdesk>();

    public static async Task<IReadOnlyList<TicketSummary>> AllOfAsync(this SignedInPortalFactory portal, string email) =>
        await portal.Helpdesk().GetSubmittedTicketsAsync(email, TicketQuery.Default with { PageSize = 1000 });

    /// <summary>
    /// The oldest ticket of <paramref name="email"/> with an attachment, and that attachment: a demo ticket, never one a
    /// test submitted (those are newer).
    /// </summary>
    public static async Task<(Ticket Ticket, TicketAttachment Attachment)> TicketWithAttachmentAsync(this SignedInPortalFactory portal, string email)
    {
        foreach (var summary in (await portal.AllOfAsync(email)).Reverse())
        {
            var ticket = await portal.Helpdesk().GetSubmittedTicketAsync(email, summary.Id);
            if (ticket.Posts.SelectMany(p => p.Attachments).FirstOrDefault() is { } attachment)
            {
                return (ticket, attachment);
            }
        }

        throw new InvalidOperationException($"The demo data has no ticket with an attachment for {email}.");
    }

    /// <summary>The attachment's bytes as the helpdesk holds them.</summary>
    public static async Task<byte[]> BytesAsync(this SignedInPortalFactory portal, string email, int ticketId, int attachmentId)
    {
        await using var content = await portal.Helpdesk().GetTicketAttachmentAsync(email, ticketId, attachmentId);
        using var buffer = new MemoryStream();
        await content.Content.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>A ticket id no customer has.</summary>
    public static async Task<int> MissingTicketIdAsync(this SignedInPortalFactory portal) =>
        (await portal.AllOfAsync(SignedInPortalFactory.Alice)).Concat(await portal.AllOfAsync(SignedInPortalFactory.Bob)).Max(t => t.Id) + 10_000;
}
