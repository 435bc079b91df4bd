using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SupportPortal.Web.Health;
using static Microsoft.Playwright.Assertions;

namespace SupportPortal.E2E;

/// <summary>
/// A visitor reads, rates, comments on and searches the knowledge base in a real browser, with no circuit, on every
/// backend (the subclasses at the end).
/// </summary>
public abstract class KbBrowsingTests(PortalFixture portal)
{
    private CircuitCounter Circuits => portal.Server.Services.GetRequiredService<CircuitCounter>();

    [Fact]
    public async Task Visitor_goes_from_home_to_the_install_article_rates_it_and_comments_without_a_circuit()
    {
        var circuitsBefore = Circuits.Opened;
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Getting Started" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Getting Started" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "How to install the Widget client" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "How to install the Widget client" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "Getting Started" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Thanks for your feedback")).ToBeVisibleAsync();

        var postComment = page.GetByRole(AriaRole.Button, new() { Name = "Post comment" });
        if (portal.Capabilities.ArticleComments)
        {
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Playwright Visitor");
            await page.GetByLabel("Comment", new() { Exact = true }).FillAsync("Clear steps, installed in two minutes.");
            await postComment.ClickAsync();
            await Expect(page.GetByText("Clear steps, installed in two minutes.")).ToBeVisibleAsync();
        }
        else
        {
            // A backend without comments gets no comment form, rather than one that fails when sent.
            await Expect(postComment).ToHaveCountAsync(0);
            await Expect(page.GetByLabel("Comment", new() { Exact = true })).ToHaveCountAsync(0);
        }

        Assert.Equal(circuitsBefore, Circuits.Opened);
    }

    [Fact]
    public async Task Search_with_a_typo_finds_the_install_article()
    {
        var circuitsBefore = Circuits.Opened;
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Search the knowledge base").First.FillAsync("instal widgte");
        await page.GetByLabel("Search the knowledge base").First.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/kb/search\\?q=instal"));
        var result = page.GetByRole(AriaRole.Link, new() { Name = "How to install the Widget client" });
        await Expect(result).ToBeVisibleAsync();
        await result.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "How to install the Widget client" })).ToBeVisibleAsync();
        Assert.Equal(circuitsBefore, Circuits.Opened);
    }

    [Fact]
    public async Task Unknown_article_shows_the_not_found_page_with_a_search_box()
    {
        var page = await portal.NewPageAsync();

        var response = await page.GotoAsync("/kb/article/987654");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByLabel("Search the knowledge base").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Go to the home page" })).ToBeVisibleAsync();
    }
}

[Collection(EmbeddedPortal.Name)]
public sealed class KbBrowsingOnEmbedded(EmbeddedPortalFixture portal) : KbBrowsingTests(portal);

[Collection(KayakoClassicPortal.Name)]
public sealed class KbBrowsingOnKayakoClassic(KayakoClassicPortalFixture portal) : KbBrowsingTests(portal);
