using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupportPortal.E2E;

/// <summary>The Kayako Classic collection really runs on Kayako: what the browser shows came over REST from the simulator.</summary>
[Collection(KayakoClassicPortal.Name)]
public sealed class KayakoClassicBackendTests(KayakoClassicPortalFixture portal)
{
    [Fact]
    public async Task The_knowledge_base_in_the_browser_comes_from_the_kayako_simulator()
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/kb");

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Getting Started" })).ToBeVisibleAsync();
        Assert.True(portal.Simulator.Requests["GET /Knowledgebase/Category"] > 0, "The portal never asked Kayako for its knowledge-base categories.");
        Assert.False(portal.Capabilities.KnowledgeBaseSearch, "The portal is not on the Kayako Classic adapter (which has no KB search of its own).");
    }
}
