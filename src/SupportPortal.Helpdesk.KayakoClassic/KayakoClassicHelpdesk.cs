using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk.KayakoClassic.Api;
using SupportPortal.Helpdesk.KayakoClassic.Customers;
using SupportPortal.Helpdesk.KayakoClassic.KnowledgeBase;
using SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

namespace SupportPortal.Helpdesk.KayakoClassic;

/// <summary>
/// The Integration API's functions over Kayako Classic's REST API. Everything a call can check without Kayako is
/// checked first, so it fails with the same error as the embedded backend. Split by area across the partial files
/// in KnowledgeBase/, ReferenceData/ and Tickets/; README.md maps each function to the endpoints it calls.
/// </summary>
internal sealed partial class KayakoClassicHelpdesk(
    IKayakoTicketsApi ticketsApi,
    IKayakoAttachmentsApi attachmentsApi,
    IKayakoKnowledgebaseApi knowledgebaseApi,
    KayakoReferenceData referenceData,
    KayakoCustomers customers,
    ArticleVoteStore votes,
    ILogger<KayakoClassicHelpdesk> logger) : IHelpdesk
{
    /// <summary>
    /// Comments, close/reopen (by status) and attachments on submit and reply, all through the REST API;
    /// no knowledge-base search, which the REST API does not offer, so the portal indexes articles itself.
    /// </summary>
    public HelpdeskCapabilities Capabilities { get; } = new(
        KnowledgeBaseSearch: false,
        ArticleComments: true,
        CloseAndReopen: true,
        AttachmentsOnSubmit: true,
        AttachmentsOnReply: true);
}
