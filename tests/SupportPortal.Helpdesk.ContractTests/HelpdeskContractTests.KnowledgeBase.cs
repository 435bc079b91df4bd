namespace SupportPortal.Helpdesk.ContractTests;

public abstract partial class HelpdeskContractTests<TFixture>
{
    [Fact]
    public async Task Root_categories_include_Getting_Started_without_breadcrumbs()
    {
        var root = await Helpdesk.GetKnowledgeBaseCategoriesAsync(0);

        Named(root.Categories, c => c.Title, DemoData.GettingStarted, "root KB category");
        Assert.Empty(root.Breadcrumbs);
    }

    /// <summary>
    /// The seed's example lists category 2's children with category 2 itself as the breadcrumb, and the portal
    /// titles a category page from its last breadcrumb: the trail runs from the root down to the category itself.
    /// </summary>
    [Fact]
    public async Task Category_breadcrumbs_run_from_the_root_down_to_the_category_itself()
    {
        var nestedFound = false;
        foreach (var top in (await Helpdesk.GetKnowledgeBaseCategoriesAsync(0)).Categories)
        {
            var children = await Helpdesk.GetKnowledgeBaseCategoriesAsync(top.Id);
            Assert.Equal([new Breadcrumb(top.Id, top.Title)], children.Breadcrumbs);

            foreach (var child in children.Categories)
            {
                var grandchildren = await Helpdesk.GetKnowledgeBaseCategoriesAsync(child.Id);
                Assert.Equal([new Breadcrumb(top.Id, top.Title), new Breadcrumb(child.Id, child.Title)], grandchildren.Breadcrumbs);
                nestedFound = true;
            }
        }

        Assert.True(nestedFound, "The demo knowledge base should nest at least one category inside another.");
    }

    [Fact]
    public async Task Getting_Started_lists_the_install_article_rated_1_to_5()
    {
        var gettingStarted = await GettingStartedAsync();

        var articles = await Helpdesk.GetKnowledgeBaseArticlesAsync(gettingStarted.Id);

        Named(articles, a => a.Subject, DemoData.InstallArticle, "article");
        Assert.All(articles, a => Assert.InRange(a.Rating, 1, 5));
        Assert.Equal(articles.Count, articles.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public async Task An_article_has_its_breadcrumbs_title_body_date_and_rating()
    {
        var gettingStarted = await GettingStartedAsync();
        var summary = await InstallArticleAsync();

        var article = await Helpdesk.GetKnowledgeBaseArticleAsync(summary.Id);

        Assert.Equal(summary.Id, article.Id);
        Assert.Equal(DemoData.InstallArticle, article.Title);
        Assert.Equal([new Breadcrumb(gettingStarted.Id, gettingStarted.Title)], article.Breadcrumbs);
        Assert.False(string.IsNullOrWhiteSpace(article.Body), "The article should have a body.");
        Assert.InRange(article.Date, new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.UtcNow.AddDays(1));
        Assert.InRange(article.Rating, 1, 5);
        AssertEarliestFirst(article.Comments);
    }

    [Fact]
    public async Task Comments_appear_on_the_article_earliest_first_with_name_and_body()
    {
        var article = await InstallArticleAsync();
        var first = Unique("Worked on the first try.");
        var second = Unique("Thanks, this helped.");

        var firstId = await Helpdesk.AddKnowledgeBaseArticleCommentAsync(article.Id, "Dana Reader", first);
        var secondId = await Helpdesk.AddKnowledgeBaseArticleCommentAsync(article.Id, "Eli Reader", second);

        Assert.True(firstId > 0 && secondId > 0 && firstId != secondId, $"Comment ids should be positive and distinct, were {firstId} and {secondId}.");
        var comments = (await Helpdesk.GetKnowledgeBaseArticleAsync(article.Id)).Comments;
        AssertEarliestFirst(comments);
        var ours = comments.Where(c => c.Body == first || c.Body == second).ToList();
        Assert.Equal([("Dana Reader", first), ("Eli Reader", second)], ours.Select(c => (c.Name, c.Body)));
    }

    /// <summary>
    /// Other tests never rate, but the seed may hold votes: so the test pushes the rating down as far as
    /// votes take it, then up again, and asserts that each kind of vote moves it its own way.
    /// </summary>
    [Fact]
    public async Task Helpful_votes_raise_an_articles_rating_and_unhelpful_ones_lower_it()
    {
        var articleId = (await InstallArticleAsync()).Id;
        var start = await RatingAsync(articleId);

        var low = await VoteUntilAsync(articleId, helpful: false, start, rating => rating == 1, maxVotes: 150);
        Assert.True(low <= start, $"Unhelpful votes raised the rating from {start} to {low}.");

        var high = await VoteUntilAsync(articleId, helpful: true, low, rating => rating > low, maxVotes: 400);
        Assert.True(high > low, $"400 helpful votes left the rating at {high}, where unhelpful votes had brought it ({low}).");
    }

    [Fact]
    public async Task Unknown_category_is_refused_with_minus_20()
    {
        await Refused.WithAsync(HelpdeskError.CategoryNotFound, () => Helpdesk.GetKnowledgeBaseCategoriesAsync(UnknownId));
        await Refused.WithAsync(HelpdeskError.CategoryNotFound, () => Helpdesk.GetKnowledgeBaseArticlesAsync(UnknownId));
    }

    [Fact]
    public async Task Unknown_article_is_refused_with_minus_21_when_read_rated_or_commented()
    {
        await Refused.WithAsync(HelpdeskError.ArticleNotFound, () => Helpdesk.GetKnowledgeBaseArticleAsync(UnknownId));
        await Refused.WithAsync(HelpdeskError.ArticleNotFound, () => Helpdesk.RateKnowledgeBaseArticleAsync(UnknownId, helpful: true));
        await Refused.WithAsync(HelpdeskError.ArticleNotFound, () => Helpdesk.AddKnowledgeBaseArticleCommentAsync(UnknownId, "Dana Reader", "Hello"));
    }

    [Theory]
    [InlineData("Dana Reader", "")]
    [InlineData("Dana Reader", "   ")]
    [InlineData("", "A comment without a name")]
    public async Task A_comment_without_body_or_name_is_refused_with_minus_11(string name, string body)
    {
        var article = await InstallArticleAsync();

        await Refused.WithAsync(HelpdeskError.MissingCommentInformation, () => Helpdesk.AddKnowledgeBaseArticleCommentAsync(article.Id, name, body));

        Assert.DoesNotContain((await Helpdesk.GetKnowledgeBaseArticleAsync(article.Id)).Comments, c => c.Body == body && c.Name == name);
    }

    private async Task<KnowledgeBaseCategory> GettingStartedAsync() =>
        Named((await Helpdesk.GetKnowledgeBaseCategoriesAsync(0)).Categories, c => c.Title, DemoData.GettingStarted, "root KB category");

    private async Task<KnowledgeBaseArticleSummary> InstallArticleAsync() =>
        Named(await Helpdesk.GetKnowledgeBaseArticlesAsync((await GettingStartedAsync()).Id), a => a.Subject, DemoData.InstallArticle, "article");

    private async Task<int> RatingAsync(int articleId)
    {
        var rating = (await Helpdesk.GetKnowledgeBaseArticleAsync(articleId)).Rating;
        Assert.InRange(rating, 1, 5);
        return rating;
    }

    /// <summary>Votes one way until <paramref name="done"/> holds, checking that no vote moves the rating the other way.</summary>
    private async Task<int> VoteUntilAsync(int articleId, bool helpful, int rating, Func<int, bool> done, int maxVotes)
    {
        for (var vote = 0; vote < maxVotes && !done(rating); vote++)
        {
            await Helpdesk.RateKnowledgeBaseArticleAsync(articleId, helpful);
            var next = await RatingAsync(articleId);
            Assert.True(helpful ? next >= rating : next <= rating, $"A {(helpful ? "helpful" : "unhelpful")} vote moved the rating from {rating} to {next}.");
            rating = next;
        }

        return rating;
    }

    private static void AssertEarliestFirst(IReadOnlyList<ArticleComment> comments)
    {
        for (var i = 1; i < comments.Count; i++)
        {
            Assert.True(comments[i - 1].Date <= comments[i].Date, $"Comment {i} ({comments[i].Date:O}) is listed after a later one ({comments[i - 1].Date:O}).");
        }
    }
}
