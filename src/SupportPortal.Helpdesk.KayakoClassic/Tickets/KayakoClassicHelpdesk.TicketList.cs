using System.Globalization;
using System.Net;
using SupportPortal.Helpdesk.KayakoClassic.Customers;
using SupportPortal.Helpdesk.KayakoClassic.Http;
using SupportPortal.Helpdesk.KayakoClassic.Tickets;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic;

/// <summary>
/// The customer's ticket count (Tickets/Ticket/GetTicketCount) and paged list, from one streamed Tickets/Ticket/ListAll call. ListAll filters by
/// user, department and status; everything else — priority, dates, the five sort keys, paging — happens here,
/// holding at most one page's worth of tickets beyond the offset (see README.md).
/// </summary>
internal sealed partial class KayakoClassicHelpdesk
{
    public async Task<int> GetTotalSubmittedTicketsAsync(string email, CancellationToken cancellationToken = default)
    {
        CustomerEmail.Require(email);
        if (await customers.FindAsync(email, cancellationToken) is not { } customer)
        {
            return 0;
        }

        if (await CountTicketsAsync(customer, cancellationToken) is { } counted)
        {
            return counted;
        }

        var count = 0;
        await ForEachTicketAsync(customer, departmentId: null, statusId: null, _ => count++, cancellationToken);
        return count;
    }

    /// <summary>Kayako's own count, or null where Kayako predates GetTicketCount and the list must be counted instead.</summary>
    private async Task<int?> CountTicketsAsync(KayakoUser customer, CancellationToken cancellationToken)
    {
        var (departments, statuses) = await AllDepartmentsAndStatusesAsync(cancellationToken);
        using var response = await KayakoReplies.SendAsync(
            KayakoTicket.Controller,
            token => ticketsApi.CountTicketsAsync(IdList(departments), IdList(statuses), "-1", Id(customer.Id), token),
            cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            return null;
        }

        var root = await KayakoXml.ReadRootAsync(response, KayakoTicket.Controller, cancellationToken);
        return root.Element("totalcount") is not null ? root.IntOrZero("totalcount") : null;
    }

    private async Task<(List<int> Departments, List<int> Statuses)> AllDepartmentsAndStatusesAsync(CancellationToken cancellationToken) =>
        ((await referenceData.DepartmentsAsync(cancellationToken)).Select(d => d.Id).ToList(),
         (await referenceData.StatusesAsync(cancellationToken)).Select(s => s.Id).ToList());

    public async Task<IReadOnlyList<TicketSummary>> GetSubmittedTicketsAsync(string email, TicketQuery query, CancellationToken cancellationToken = default)
    {
        CustomerEmail.Require(email);
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();

        if ((long)query.Page * query.PageSize > int.MaxValue || await customers.FindAsync(email, cancellationToken) is not { } customer)
        {
            return [];
        }

        var collector = new TicketPageCollector(query);
        await ForEachTicketAsync(customer, query.DepartmentId, query.StatusId, ticket => collector.Offer(ticket.ToSummary()), cancellationToken);
        return collector.Page();
    }

    /// <summary>
    /// Every ticket of the customer, optionally of one department or status. ListAll returns only unresolved tickets
    /// unless given status ids, so it is always given them: all of them, or the one asked for.
    /// </summary>
    private async Task ForEachTicketAsync(KayakoUser customer, int? departmentId, int? statusId, Action<KayakoTicket> onTicket, CancellationToken cancellationToken)
    {
        var (departments, statuses) = await AllDepartmentsAndStatusesAsync(cancellationToken);
        if (departmentId is { } department)
        {
            departments = departments.Contains(department) ? [department] : [];
        }

        if (statusId is { } status)
        {
            statuses = statuses.Contains(status) ? [status] : [];
        }

        if (departments.Count == 0 || statuses.Count == 0)
        {
            return;
        }

        using var response = await KayakoReplies.SendAsync(
            KayakoTicket.Controller,
            token => ticketsApi.ListTicketsAsync(IdList(departments), IdList(statuses), "-1", Id(customer.Id), token),
            cancellationToken);
        await KayakoXml.ForEachItemAsync(
            response,
            KayakoTicket.Controller,
            "ticket",
            element =>
            {
                var ticket = KayakoTicket.From(element);

                // The user filter is Kayako's; checking it again costs nothing and keeps other people's tickets out.
                if (ticket.UserId == customer.Id)
                {
                    onTicket(ticket);
                }
            },
            cancellationToken);
    }

    private static string IdList(IEnumerable<int> ids) => string.Join(',', ids.Select(Id));

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
