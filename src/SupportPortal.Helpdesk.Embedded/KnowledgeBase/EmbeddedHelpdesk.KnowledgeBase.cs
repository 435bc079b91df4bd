using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk.Embedded.Data;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>The knowledge base: categories, articles, ratings and comments.</summary>
internal sealed partial class EmbeddedHelpdesk
{
    public async Task<KnowledgeBaseCategoryList> GetKnowledgeBaseCategoriesAsync(int categoryId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tree = await LoadCategoryTreeAsync(db, cancellationToken);
        if (!tree.Contains(categoryId))
        {
            throw new HelpdeskException(HelpdeskError.CategoryNotFound);
        }

        return new KnowledgeBaseCategoryList(tree.ChildrenOf(categoryId), tree.TrailTo(categoryId));
    }

    public async Task<IReadOnlyList<KnowledgeBaseArticleSummary>> GetKnowledgeBaseArticlesAsync(int categoryId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (categoryId != CategoryTree.RootId && !await db.KbCategories.AnyAsync(c => c.Id == categoryId, cancellationToken))
        {
            throw new HelpdeskException(HelpdeskError.CategoryNotFound);
        }

        int? parentId = categoryId == CategoryTree.RootId ? null : categoryId;
        var articles = await db.KbArticles.AsNoTracking()
            .Where(a => a.CategoryId == parentId)
            .OrderBy(a => a.DisplayOrder).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Title, a.HelpfulVotes, a.UnhelpfulVotes })
            .ToListAsync(cancellationToken);

        return articles
            .Select(a => new KnowledgeBaseArticleSummary(a.Id, a.Title, ArticleRating.FromVotes(a.HelpfulVotes, a.UnhelpfulVotes)))
            .ToList();
    }

    public async Task<KnowledgeBaseArticle> GetKnowledgeBaseArticleAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.KbArticles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken)
            ?? throw new HelpdeskException(HelpdeskError.ArticleNotFound);

        var comments = await db.KbComments.AsNoTracking()
            .Where(c => c.ArticleId == articleId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new ArticleComment(c.Name, c.CreatedAt, c.Body))
            .ToListAsync(cancellationToken);
        var tree = await LoadCategoryTreeAsync(db, cancellationToken);

        return new KnowledgeBaseArticle(
            article.Id,
            tree.TrailTo(article.CategoryId),
            article.Title,
            article.Body,
            article.BodyFormat,
            article.CreatedAt,
            ArticleRating.FromVotes(article.HelpfulVotes, article.UnhelpfulVotes),
            comments);
    }

    public async Task RateKnowledgeBaseArticleAsync(int articleId, bool helpful, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = db.KbArticles.Where(a => a.Id == articleId);

        // Counted in the database, so concurrent votes are never lost.
        var updated = helpful
            ? await article.ExecuteUpdateAsync(s => s.SetProperty(a => a.HelpfulVotes, a => a.HelpfulVotes + 1), cancellationToken)
            : await article.ExecuteUpdateAsync(s => s.SetProperty(a => a.UnhelpfulVotes, a => a.UnhelpfulVotes + 1), cancellationToken);
        if (updated == 0)
        {
            throw new HelpdeskException(HelpdeskError.ArticleNotFound);
        }
    }

    public async Task<int> AddKnowledgeBaseArticleCommentAsync(int articleId, string posterName, string comment, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(posterName) || string.IsNullOrWhiteSpace(comment))
        {
            throw new HelpdeskException(HelpdeskError.MissingCommentInformation);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.KbArticles.AnyAsync(a => a.Id == articleId, cancellationToken))
        {
            throw new HelpdeskException(HelpdeskError.ArticleNotFound);
        }

        var row = new KbCommentRow { ArticleId = articleId, Name = posterName.Trim(), Body = comment.Trim(), CreatedAt = Now };
        db.KbComments.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Comment {CommentId} added to knowledge-base article {ArticleId}", row.Id, articleId);
        return row.Id;
    }

    private static async Task<CategoryTree> LoadCategoryTreeAsync(HelpdeskDbContext db, CancellationToken cancellationToken) =>
        new(await db.KbCategories.AsNoTracking()
            .OrderBy(c => c.DisplayOrder).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken));
}
