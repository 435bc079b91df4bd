using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk.Embedded.Data;
using SupportPortal.Helpdesk.Embedded.Storage;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>
/// The built-in helpdesk: the Integration API's functions over EF Core, one short-lived context per call
/// (so one instance serves every Blazor circuit), attachment bytes in a content-addressed file store.
/// The functions are split by area across the partial files in KnowledgeBase/, ReferenceData/ and Tickets/.
/// </summary>
internal sealed partial class EmbeddedHelpdesk : IHelpdesk
{
    private readonly IDbContextFactory<HelpdeskDbContext> contexts;
    private readonly ContentAddressedFileStore files;
    private readonly TimeProvider clock;
    private readonly ILogger<EmbeddedHelpdesk> logger;

    public EmbeddedHelpdesk(
        IDbContextFactory<HelpdeskDbContext> contexts,
        ContentAddressedFileStore files,
        TimeProvider clock,
        ILogger<EmbeddedHelpdesk> logger)
    {
        this.contexts = contexts;
        this.files = files;
        this.clock = clock;
        this.logger = logger;
    }

    /// <summary>Everything, knowledge-base search included: the data is local, so the backend searches it itself.</summary>
    public HelpdeskCapabilities Capabilities => HelpdeskCapabilities.All;

    /// <summary>The current time at the precision the database keeps (milliseconds), so what is written reads back equal.</summary>
    private DateTimeOffset Now => DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds());
}
