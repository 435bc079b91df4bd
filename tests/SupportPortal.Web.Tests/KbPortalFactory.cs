using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace SupportPortal.Web.Tests;

/// <summary>
/// A portal of its own on the seeded embedded helpdesk, for tests that write (votes, comments) or count backend calls,
/// so they neither disturb nor are disturbed by the shared read-only portal.
/// </summary>
public class KbPortalFactory : PortalFactory
{
    public KbCountingHelpdesk Helpdesk { get; private set; } = null!;

    /// <summary>Comments one address may post per window: high here, so only the rate-limit test meets the limit.</summary>
    public virtual int CommentsPerAddress => 1000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:KnowledgeBase:CommentsPerAddress", CommentsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        KbCountingHelpdesk.Decorate(services, counting => Helpdesk = counting);
}

/// <summary>The same portal with a comment limit low enough to reach in a test.</summary>
public sealed class KbRateLimitedPortalFactory : KbPortalFactory
{
    public override int CommentsPerAddress => 3;
}
