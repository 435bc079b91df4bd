using Refit;

namespace SupportPortal.Helpdesk.KayakoClassic.Api;

/// <summary>Kayako Classic's Tickets app, except attachment contents (see <see cref="IKayakoAttachmentsApi"/>).</summary>
internal interface IKayakoTicketsApi
{
    [Get("/?e=/Tickets/TicketStatus")]
    Task<HttpResponseMessage> GetStatusesAsync(CancellationToken cancellationToken);

    [Get("/?e=/Tickets/TicketPriority")]
    Task<HttpResponseMessage> GetPrioritiesAsync(CancellationToken cancellationToken);

    [Get("/?e=/Tickets/TicketType")]
    Task<HttpResponseMessage> GetTypesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Tickets of the given departments, statuses, owners and users (comma-separated ids; -1 = any owner or user).
    /// Without status ids Kayako lists only unresolved tickets.
    /// </summary>
    [Get("/?e=/Tickets/Ticket/ListAll/{departmentIds}/{statusIds}/{ownerStaffIds}/{userIds}")]
    Task<HttpResponseMessage> ListTicketsAsync(string departmentIds, string statusIds, string ownerStaffIds, string userIds, CancellationToken cancellationToken);

    /// <summary>As <see cref="ListTicketsAsync"/>, one page sorted by Kayako (sortOrder ASC or DESC).</summary>
    [Get("/?e=/Tickets/Ticket/ListAll/{departmentIds}/{statusIds}/{ownerStaffIds}/{userIds}/{count}/{start}/{sortField}/{sortOrder}")]
    Task<HttpResponseMessage> ListTicketPageAsync(
        string departmentIds,
        string statusIds,
        string ownerStaffIds,
        string userIds,
        int count,
        int start,
        string sortField,
        string sortOrder,
        CancellationToken cancellationToken);

    /// <summary>
    /// How many tickets ListAll would return for the same filters, as &lt;tickets&gt;&lt;totalcount&gt;. In Kayako's
    /// source (Controller_Ticket::GetTicketCount) but not its reference; an older Kayako answers 404.
    /// </summary>
    [Get("/?e=/Tickets/Ticket/GetTicketCount/{departmentIds}/{statusIds}/{ownerStaffIds}/{userIds}")]
    Task<HttpResponseMessage> CountTicketsAsync(string departmentIds, string statusIds, string ownerStaffIds, string userIds, CancellationToken cancellationToken);

    /// <summary>One ticket with its posts.</summary>
    [Get("/?e=/Tickets/Ticket/{ticketId}")]
    Task<HttpResponseMessage> GetTicketAsync(int ticketId, CancellationToken cancellationToken);

    [Post("/?e=/Tickets/Ticket")]
    Task<HttpResponseMessage> CreateTicketAsync([Body] HttpContent form, CancellationToken cancellationToken);

    [Put("/?e=/Tickets/Ticket/{ticketId}")]
    Task<HttpResponseMessage> UpdateTicketAsync(int ticketId, [Body] HttpContent form, CancellationToken cancellationToken);

    [Post("/?e=/Tickets/TicketPost")]
    Task<HttpResponseMessage> CreatePostAsync([Body] HttpContent form, CancellationToken cancellationToken);

    /// <summary>The attachments' metadata, without their contents.</summary>
    [Get("/?e=/Tickets/TicketAttachment/ListAll/{ticketId}")]
    Task<HttpResponseMessage> ListAttachmentsAsync(int ticketId, CancellationToken cancellationToken);

    [Get("/?e=/Tickets/TicketCustomField/{ticketId}")]
    Task<HttpResponseMessage> GetTicketCustomFieldsAsync(int ticketId, CancellationToken cancellationToken);

    /// <summary>Fields by their field name; choice fields take option ids.</summary>
    [Post("/?e=/Tickets/TicketCustomField/{ticketId}")]
    Task<HttpResponseMessage> SetTicketCustomFieldsAsync(int ticketId, [Body] HttpContent form, CancellationToken cancellationToken);
}
