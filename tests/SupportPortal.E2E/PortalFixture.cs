using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SupportPortal.Helpdesk;

// One backend's portal and browser at a time: two at once on a small CI machine make every page slower than the
// browser assertions wait for.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace SupportPortal.E2E;

/// <summary>
/// One portal on one helpdesk backend, and one browser, shared by the tests of a collection; each test opens its own
/// browser context.
/// <para>
/// Running browser tests on every backend: write them once in an abstract class that takes a <see cref="PortalFixture"/>
/// and carries no [Collection], then add one two-line subclass per backend, each in that backend's collection:
/// <code>
/// [Collection(EmbeddedPortal.Name)] public sealed class TicketsOnEmbedded(EmbeddedPortalFixture portal) : TicketsTests(portal);
/// [Collection(KayakoClassicPortal.Name)] public sealed class TicketsOnKayakoClassic(KayakoClassicPortalFixture portal) : TicketsTests(portal);
/// </code>
/// The backends' demo data are alike, not identical: find things by role and name and read ids from the page. Where
/// <see cref="Capabilities"/> says a backend lacks something, assert that the page leaves it out; never skip.
/// </para>
/// </summary>
public abstract class PortalFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;
    private PortalServer? server;

    /// <summary>A fresh temporary folder for the portal store, mail and whatever the backend keeps on disk.</summary>
    protected string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "supportportal-e2e-" + Guid.NewGuid().ToString("N"));

    public PortalServer Server => server ?? throw new InvalidOperationException("The portal has not started.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>What the portal's backend can do; pages hide what it can't, and so must the tests expect.</summary>
    public HelpdeskCapabilities Capabilities => Server.Services.GetRequiredService<IHelpdesk>().Capabilities;

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataFolder);
        var helpdeskSettings = await StartHelpdeskAsync();
        server = new PortalServer(DataFolder, helpdeskSettings, ConfigureServices);
        (playwright, browser) = await BrowserLauncher.LaunchAsync();
    }

    /// <summary>Starts the backend, if it runs apart from the portal, and returns the portal's Helpdesk:* settings for it.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>> StartHelpdeskAsync();

    /// <summary>Where a fixture swaps the portal's services, such as the helpdesk.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Stops what <see cref="StartHelpdeskAsync"/> started, after the portal has stopped.</summary>
    protected virtual ValueTask StopHelpdeskAsync() => ValueTask.CompletedTask;

    /// <summary>A fresh browser context (own cookies) with a page at the portal's base URL.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseUrl });
        return await context.NewPageAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        await StopHelpdeskAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the OS eventually.
        }
    }
}
