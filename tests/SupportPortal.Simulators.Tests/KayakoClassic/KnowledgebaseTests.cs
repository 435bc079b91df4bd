using System.Net;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

public sealed class KnowledgebaseTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private KayakoTestClient Client => fixture.Client;

    [Fact]
    public async Task Categories_are_listed_with_their_parents_and_the_documented_elements()
    {
        var categories = (await Client.GetAsync("/Knowledgebase/Category")).Xml().Elements("kbcategory").ToList();

        var gettingStarted = categories.Single(c => c.Value("title") == "Getting Started");
        Assert.Equal("0", gettingStarted.Value("parentkbcategoryid"));
        Assert.Contains(categories, c => c.Value("parentkbcategoryid") == gettingStarted.Value("id"));
        Assert.Equal(
            ["id", "parentkbcategoryid", "staffid", "title", "totalarticles", "categorytype", "displayorder", "allowcomments",
             "uservisibilitycustom", "usergroupidlist", "staffvisibilitycustom", "staffgroupidlist", "allowrating", "ispublished"],
            gettingStarted.ChildNames());
    }

    [Fact]
    public async Task Category_ListAll_is_not_an_action_in_the_source_and_returns_no_category()
    {
        var response = await Client.GetAsync("/Knowledgebase/Category/ListAll/10/0");

        Assert.Empty(response.Xml().Elements());
    }

    [Fact]
    public async Task Article_ListAll_of_Getting_Started_has_the_install_article_with_its_rating_fields()
    {
        var article = Assert.Single((await Client.GetAsync("/Knowledgebase/Article/ListAll/1")).Xml().Elements("kbarticle"));

        Assert.Equal("How to install the Widget client", article.Value("subject"));
        Assert.Contains("<ol>", article.Value("contents"));
        Assert.Equal(["1"], article.Element("categories")!.Elements("categoryid").Select(c => c.Value));
        Assert.NotEmpty(article.Value("articlerating"));
        Assert.NotNull(article.Element("ratingcount"));
    }

    [Fact]
    public async Task Root_articles_are_listed_under_category_zero()
    {
        var article = Assert.Single((await Client.GetAsync("/Knowledgebase/Article/ListAll/0")).Xml().Elements("kbarticle"));

        Assert.Equal("Welcome to the Widget help center", article.Value("subject"));
    }

    [Fact]
    public async Task A_posted_comment_is_listed_with_the_article_comments()
    {
        var created = Assert.Single((await Client.PostAsync(
            "/Knowledgebase/Comment", ("knowledgebasearticleid", "3"), ("creatortype", "2"), ("fullname", "Casey Customer"), ("contents", "Helpful, thanks.")))
            .Xml().Elements("kbarticlecomment"));

        var comments = (await Client.GetAsync("/Knowledgebase/Comment/ListAll/3")).Xml().Elements("kbarticlecomment").ToList();
        Assert.Equal(created.Value("id"), comments.Last().Value("id"));
        Assert.Equal("Helpful, thanks.", comments.Last().Value("contents"));
        Assert.Equal("Casey Customer", comments.Last().Value("fullname"));
    }

    [Fact]
    public async Task A_guest_comment_without_a_name_is_400()
    {
        var response = await Client.PostAsync("/Knowledgebase/Comment", ("knowledgebasearticleid", "1"), ("creatortype", "2"), ("contents", "Anonymous"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Full name field is empty", response.Body);
    }

    [Fact]
    public async Task A_comment_on_an_unknown_article_is_400()
    {
        var response = await Client.PostAsync("/Knowledgebase/Comment", ("knowledgebasearticleid", "987"), ("creatortype", "2"), ("fullname", "X"), ("contents", "Hi"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Invalid knowledgebasearticleid", response.Body);
    }
}
