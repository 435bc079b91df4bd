using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class HomePageTests(PortalFactory portal)
{
    [Fact]
    public async Task Home_page_lists_the_knowledge_base_top_categories_as_links_in_the_first_response()
    {
        var helpdesk = portal.Services.GetRequiredService<IHelpdesk>();
        var topCategories = (await helpdesk.GetKnowledgeBaseCategoriesAsync(0)).Categories;
        var gettingStarted = Assert.Single(topCategories, c => c.Title == "Getting Started");

        var html = await portal.CreateClient().GetStringAsync("/");

        Assert.Contains($"href=\"/kb/category/{gettingStarted.Id}\"", html);
        Assert.Contains("Getting Started", html);
        Assert.All(topCategories, category => Assert.Contains($"href=\"/kb/category/{category.Id}\"", html));
    }

    [Fact]
    public async Task Home_page_shows_the_portal_name_from_configuration_in_the_title_and_app_bar()
    {
        var html = await portal.CreateClient().GetStringAsync("/");

        Assert.Contains($"<title>{PortalFactory.PortalName}</title>", html);
        Assert.Matches($"class=\"portal-brand\"[^>]*>.*?<span[^>]*>{PortalFactory.PortalName}</span>", html.ReplaceLineEndings(" "));
        Assert.DoesNotContain(">Support Portal<", html);
        Assert.Contains("<img src=\"/brand/logo.svg\"", html);
    }

    [Fact]
    public async Task Home_page_is_branded_with_the_configured_primary_colour_without_any_script()
    {
        var html = await portal.CreateClient().GetStringAsync("/");

        Assert.Contains($"--mud-palette-primary: {PortalFactory.PrimaryColourCss};", html);
    }

    [Fact]
    public async Task Home_page_is_static_and_opens_no_circuit()
    {
        var html = await portal.CreateClient().GetStringAsync("/");

        // An interactive component would be announced by a server component marker for blazor.web.js to start a circuit.
        Assert.DoesNotContain("<!--Blazor:{", html);
        Assert.DoesNotContain("\"type\":\"server\"", html);
    }

    [Fact]
    public async Task Home_page_offers_submitting_a_ticket_and_the_customers_tickets()
    {
        var html = await portal.CreateClient().GetStringAsync("/");

        Assert.Contains("href=\"/tickets/new\"", html);
        Assert.Contains("href=\"/tickets\"", html);
        Assert.Contains(">Submit a ticket<", html);
        Assert.Contains(">My tickets<", html);
    }

    [Fact]
    public async Task Home_page_lets_keyboard_users_skip_to_the_main_content()
    {
        var html = await portal.CreateClient().GetStringAsync("/");

        Assert.Contains("href=\"#main-content\"", html);
        Assert.Contains("<main id=\"main-content\"", html);
        Assert.Contains("<h1", html);
    }
}
