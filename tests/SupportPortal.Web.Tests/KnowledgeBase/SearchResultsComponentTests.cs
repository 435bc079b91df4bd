using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Components.Pages.KnowledgeBase;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>Search hits are text: a hostile snippet stays text, and ranges that do not fit are skipped, not thrown.</summary>
public sealed class SearchResultsComponentTests : BunitContext, IAsyncLifetime
{
    public SearchResultsComponentTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Snippet_text_is_encoded_and_bad_ranges_are_ignored()
    {
        IReadOnlyList<KnowledgeBaseSearchHit> hits = [new(3, "Tags", "Use <b>bold</b> here", [(5, 3), (4, 99), (-1, 2)])];

        var results = Render<SearchResults>(p => p.Add(r => r.Query, "bold").Add(r => r.Hits, hits));

        var snippet = results.Find(".kb-result-snippet");
        Assert.Equal("Use <b>bold</b> here", snippet.TextContent);
        Assert.Empty(snippet.QuerySelectorAll("b"));
        Assert.Equal(["b>b"], snippet.QuerySelectorAll("mark").Select(m => m.TextContent));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
