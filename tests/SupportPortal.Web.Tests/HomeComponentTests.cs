using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Components.Pages;
using SupportPortal.Web.Support;
using SupportPortal.Web.Theming;

namespace SupportPortal.Web.Tests;

/// <summary>The home page's own states, rendered with bUnit against a scripted helpdesk.</summary>
public sealed class HomeComponentTests : BunitContext, IAsyncLifetime
{
    private readonly TaskCompletionSource<KnowledgeBaseCategoryList> topCategories = new();

    public HomeComponentTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddLogging();
        Services.AddSingleton(Options.Create(new PortalOptions { Name = "Widget Help" }));
        Services.AddScoped<CurrentBrand>();
        Services.AddSingleton(FakeHelpdesk.Scripted(helpdesk => helpdesk.Answer(
            nameof(IHelpdesk.GetKnowledgeBaseCategoriesAsync),
            args => (int)args[0]! == 0 ? topCategories.Task : throw new InvalidOperationException("Only the root is listed."))));
        Services.AddKnowledgeBaseServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Says_it_is_loading_while_the_helpdesk_has_not_answered()
    {
        var home = Render<Home>();

        var status = home.Find("[role=status]");
        Assert.Contains("Loading help topics", status.TextContent);
        Assert.Empty(home.FindAll("a.topic-card"));
    }

    [Fact]
    public void Lists_each_top_category_as_a_link_to_its_page_in_the_helpdesk_order()
    {
        var home = Render<Home>();

        topCategories.SetResult(new KnowledgeBaseCategoryList([new(7, "Getting Started"), new(3, "Billing questions")], []));

        home.WaitForAssertion(() =>
        {
            var links = home.FindAll("a.topic-card");
            Assert.Equal(["/kb/category/7", "/kb/category/3"], links.Select(a => a.GetAttribute("href")));
            Assert.Equal(["Getting Started", "Billing questions"], links.Select(a => a.TextContent.Trim()));
        });
        Assert.Empty(home.FindAll("[role=status]"));
    }

    [Fact]
    public void Says_so_when_the_knowledge_base_has_no_categories_yet()
    {
        var home = Render<Home>();

        topCategories.SetResult(new KnowledgeBaseCategoryList([], []));

        home.WaitForAssertion(() => Assert.Contains("No help topics have been published yet", home.Find("[role=status]").TextContent));
    }

    [Fact]
    public void Tells_the_customer_to_try_later_when_the_helpdesk_is_throttling()
    {
        var home = Render<Home>();

        topCategories.SetException(new HelpdeskException(HelpdeskError.Throttled) { RetryAfter = TimeSpan.FromSeconds(30) });

        home.WaitForAssertion(() => Assert.Contains("Please try again in a minute.", home.Find("[role=alert]").TextContent));
        Assert.Empty(home.FindAll("a.topic-card"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
