using System.Net;
using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk.KayakoClassic.Http;
using SupportPortal.Helpdesk.KayakoClassic.KnowledgeBase;
using SupportPortal.Helpdesk.KayakoClassic.ReferenceData;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic;

/// <summary>
/// The knowledge base over Knowledgebase/Category, Article and Comment. Kayako's REST API cannot record a rating:
/// votes go to the portal's <see cref="ArticleVoteStore"/> and are added to the counts Kayako reports.
/// </summary>
internal sealed partial class KayakoClassicHelpdesk
{
    private static readonly string[] ArticleElements = ["kbarticle", "article"];

    // Articles read again for their exact subject: a few at a time, so a long category does not crowd Kayako.
    private const int ParallelArticleReads = 4;

    public async Task<KnowledgeBaseCategoryList> GetKnowledgeBaseCategoriesAsync(int categoryId, CancellationToken cancellationToken = default)
    {
        var tree = await CategoryTreeAsync(cancellationToken);
        return tree.Contains(categoryId)
            ? new KnowledgeBaseCategoryList(tree.ChildrenOf(categoryId), tree.TrailTo(categoryId))
            : throw new HelpdeskException(HelpdeskError.CategoryNotFound);
    }

    public async Task<IReadOnlyList<KnowledgeBaseArticleSummary>> GetKnowledgeBaseArticlesAsync(int categoryId, CancellationToken cancellationToken = default)
    {
        if (!(await CategoryTreeAsync(cancellationToken)).Contains(categoryId))
        {
            throw new HelpdeskException(HelpdeskError.CategoryNotFound);
        }

        var articles = await KayakoReferenceData.ReadAsync(
            KayakoArticle.Controller,
            ArticleElements,
            KayakoArticle.From,
            token => knowledgebaseApi.ListArticlesAsync(categoryId, token),
            cancellationToken);

        var published = articles.Where(a => a.IsPublished).ToList();
        var exact = await ExactArticlesAsync(published, cancellationToken);
        var summaries = new List<KnowledgeBaseArticleSummary>();
        foreach (var article in published)
        {
            // An article that vanished or was unpublished between the two calls is left out.
            if (exact.TryGetValue(article.Id, out var read))
            {
                summaries.Add(new KnowledgeBaseArticleSummary(article.Id, read.Subject, await RatingAsync(article, cancellationToken)));
            }
        }

        return summaries;
    }

    /// <summary>
    /// The listed articles by id, those whose listed subject ListAll may have escaped or cut read again by id
    /// (a few at a time) for their exact subject.
    /// </summary>
    private async Task<Dictionary<int, KayakoArticle>> ExactArticlesAsync(IReadOnlyList<KayakoArticle> listed, CancellationToken cancellationToken)
    {
        var exact = new System.Collections.Concurrent.ConcurrentDictionary<int, KayakoArticle>(
            listed.Where(a => !ListedSubject.MayBeAltered(a.Subject)).Select(a => KeyValuePair.Create(a.Id, a)));
        await Parallel.ForEachAsync(
            listed.Where(a => ListedSubject.MayBeAltered(a.Subject)),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelArticleReads, CancellationToken = cancellationToken },
            async (article, token) =>
            {
                if (await FindArticleAsync(article.Id, token) is { } read)
                {
                    exact[article.Id] = read;
                }
            });
        return new Dictionary<int, KayakoArticle>(exact);
    }

    public async Task<KnowledgeBaseArticle> GetKnowledgeBaseArticleAsync(int articleId, CancellationToken cancellationToken = default)
    {
        var article = await FindArticleAsync(articleId, cancellationToken) ?? throw new HelpdeskException(HelpdeskError.ArticleNotFound);
        var tree = await CategoryTreeAsync(cancellationToken);
        var comments = await KayakoReferenceData.ReadAsync(
            KayakoComment.Controller,
            "kbarticlecomment",
            KayakoComment.From,
            token => knowledgebaseApi.ListCommentsAsync(article.Id, token),
            cancellationToken);
        var category = article.CategoryIds.FirstOrDefault(id => id != KbCategoryTree.RootId && tree.Contains(id));

        return new KnowledgeBaseArticle(
            article.Id,
            tree.TrailTo(category),
            article.Subject,
            article.Contents,
            ContentFormat.Html,
            article.Date,
            await RatingAsync(article, cancellationToken),
            comments.Where(c => c.IsApproved).OrderBy(c => c.Date).ThenBy(c => c.Id).Select(c => c.ToContract()).ToList());
    }

    public async Task RateKnowledgeBaseArticleAsync(int articleId, bool helpful, CancellationToken cancellationToken = default)
    {
        _ = await FindArticleAsync(articleId, cancellationToken) ?? throw new HelpdeskException(HelpdeskError.ArticleNotFound);
        await votes.AddAsync(articleId, helpful, cancellationToken);
    }

    public async Task<int> AddKnowledgeBaseArticleCommentAsync(int articleId, string posterName, string comment, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(posterName) || string.IsNullOrWhiteSpace(comment))
        {
            throw new HelpdeskException(HelpdeskError.MissingCommentInformation);
        }

        _ = await FindArticleAsync(articleId, cancellationToken) ?? throw new HelpdeskException(HelpdeskError.ArticleNotFound);

        // creatortype 2 is a user; without a creator id Kayako takes the name given and moderates the comment.
        var form = new KayakoForm()
            .Add("knowledgebasearticleid", articleId)
            .Add("contents", comment.Trim())
            .Add("creatortype", 2)
            .Add("fullname", posterName.Trim());
        using var response = await KayakoReplies.SendAsync(KayakoComment.Controller, token => knowledgebaseApi.CreateCommentAsync(form, token), cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            throw KayakoReplies.Unreadable(KayakoComment.Controller, $"Kayako refused the comment: {await KayakoReplies.ShortTextAsync(response, cancellationToken)}");
        }

        var root = await KayakoXml.ReadRootAsync(response, KayakoComment.Controller, cancellationToken);
        var created = root.Name.LocalName == "kbarticlecomment" ? root : root.Element("kbarticlecomment");
        var id = created?.Int("id", KayakoComment.Controller)
            ?? throw KayakoReplies.Unreadable(KayakoComment.Controller, "the reply names no new comment.");
        logger.LogInformation("Comment {CommentId} added to knowledge-base article {ArticleId}", id, articleId);
        return id;
    }

    private async Task<KbCategoryTree> CategoryTreeAsync(CancellationToken cancellationToken) =>
        new(await referenceData.KnowledgeBaseCategoriesAsync(cancellationToken));

    /// <summary>The article if it exists and is published; drafts are not the customer's to see.</summary>
    private async Task<KayakoArticle?> FindArticleAsync(int articleId, CancellationToken cancellationToken)
    {
        if (articleId <= 0)
        {
            return null;
        }

        using var response = await KayakoReplies.SendAsync(KayakoArticle.Controller, token => knowledgebaseApi.GetArticleAsync(articleId, token), cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            return null;
        }

        KayakoArticle? found = null;
        await KayakoXml.ForEachItemAsync(response, KayakoArticle.Controller, ArticleElements, a => found ??= KayakoArticle.From(a), cancellationToken);
        return found is { IsPublished: true } && found.Id == articleId ? found : null;
    }

    /// <summary>
    /// Kayako's votes plus the portal's. Kayako keeps only a vote count and a score of 5 per helpful vote, so its
    /// helpful votes are taken as score / 5 — exact unless its score ever hit its floor of 0.
    /// </summary>
    private async Task<int> RatingAsync(KayakoArticle article, CancellationToken cancellationToken)
    {
        var portal = await votes.GetAsync(article.Id, cancellationToken);
        double kayakoVotes = Math.Max(0, article.RatingHits);
        var kayakoHelpful = Math.Clamp(article.RatingCount / 5.0, 0, kayakoVotes);
        return ArticleRating.FromVotes(kayakoHelpful + portal.Helpful, kayakoVotes - kayakoHelpful + portal.Unhelpful);
    }
}
