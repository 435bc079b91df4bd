using System.Net;
using SupportPortal.Helpdesk.KayakoClassic.Customers;
using SupportPortal.Helpdesk.KayakoClassic.Http;
using SupportPortal.Helpdesk.KayakoClassic.Tickets;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic;

/// <summary>
/// The check every per-ticket call starts with: the ticket exists (-13) and belongs to the Kayako user that has the
/// customer's address (-14). Kayako's REST API trusts its caller completely, so this is where ownership is enforced.
/// </summary>
internal sealed partial class KayakoClassicHelpdesk
{
    private async Task<OwnedTicket> RequireOwnedTicketAsync(string email, int ticketId, CancellationToken cancellationToken)
    {
        CustomerEmail.Require(email);
        var ticketLookup = FindTicketAsync(ticketId, cancellationToken);
        var customerLookup = customers.FindAsync(email, cancellationToken);
        await Task.WhenAll(ticketLookup, customerLookup);

        var ticket = await ticketLookup ?? throw new HelpdeskException(HelpdeskError.TicketNotFound);
        return await customerLookup is { } customer && ticket.UserId == customer.Id
            ? new OwnedTicket(ticket, customer)
            : throw new HelpdeskException(HelpdeskError.TicketNotOwned);
    }

    /// <summary>The ticket with its posts, or null if Kayako has no such ticket.</summary>
    private async Task<KayakoTicket?> FindTicketAsync(int ticketId, CancellationToken cancellationToken)
    {
        if (ticketId <= 0)
        {
            return null;
        }

        using var response = await KayakoReplies.SendAsync(KayakoTicket.Controller, token => ticketsApi.GetTicketAsync(ticketId, token), cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            return null;
        }

        var root = await KayakoXml.ReadRootAsync(response, KayakoTicket.Controller, cancellationToken);
        var ticket = root.Name.LocalName == "ticket" ? root : root.Element("ticket");
        return ticket is null ? null : KayakoTicket.From(ticket);
    }

    private sealed record OwnedTicket(KayakoTicket Ticket, KayakoUser Customer);
}
