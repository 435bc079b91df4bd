using SupportPortal.Helpdesk.Embedded.Data;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded.Seeding;

/// <summary>
/// The demo knowledge base: four top categories, one with a sub-category, and ten Markdown articles kept as
/// embedded files in Seeding/Articles (the first line, "# Title", is the article's title). "Getting Started" and
/// "How to install the Widget client" are relied on by the README and the browser tests.
/// </summary>
internal static class DemoKnowledgeBase
{
    private sealed record ArticleSeed(string File, int DaysAgo, int Helpful, int Unhelpful, params (string Name, string Body)[] Comments);

    private sealed record CategorySeed(string Title, ArticleSeed[] Articles, params CategorySeed[] Children);

    private static readonly CategorySeed[] Tree =
    [
        new("Getting Started",
        [
            new("how-to-install-the-widget-client", 120, 42, 3,
                ("Alice Customer", "Worked first time on Windows 11, thanks!"),
                ("Bob Customer", "The Debian steps were exactly what I needed.")),
            new("creating-your-first-project", 110, 11, 5),
            new("system-requirements", 100, 4, 4),
        ]),
        new("Account & Billing",
        [
            new("updating-your-payment-method", 90, 12, 4, ("Bob Customer", "Could you add PayPal as an option?")),
            new("understanding-your-invoice", 80, 2, 6),
        ]),
        new("Troubleshooting",
        [
            new("collecting-diagnostic-logs", 70, 21, 1),
        ],
            new CategorySeed("Connection problems",
            [
                new("fixing-connection-refused-errors", 60, 8, 5, ("Alice Customer", "It was our antivirus. Allowing widget.exe fixed it.")),
                new("using-the-widget-client-behind-a-proxy", 50, 3, 0),
            ])),
        new("API & Integrations",
        [
            new("authenticating-with-api-keys", 40, 15, 0),
            new("receiving-webhooks", 30, 0, 0),
        ]),
    ];

    public static async Task AddAsync(HelpdeskDbContext db, DateTimeOffset today, CancellationToken cancellationToken)
    {
        for (var order = 0; order < Tree.Length; order++)
        {
            await AddCategoryAsync(db, Tree[order], parentId: null, order + 1, today, cancellationToken);
        }
    }

    private static async Task AddCategoryAsync(
        HelpdeskDbContext db,
        CategorySeed seed,
        int? parentId,
        int displayOrder,
        DateTimeOffset today,
        CancellationToken cancellationToken)
    {
        var category = new KbCategoryRow { ParentId = parentId, Title = seed.Title, DisplayOrder = displayOrder };
        db.KbCategories.Add(category);
        await db.SaveChangesAsync(cancellationToken);

        for (var order = 0; order < seed.Articles.Length; order++)
        {
            await AddArticleAsync(db, seed.Articles[order], category.Id, order + 1, today, cancellationToken);
        }

        for (var order = 0; order < seed.Children.Length; order++)
        {
            await AddCategoryAsync(db, seed.Children[order], category.Id, order + 1, today, cancellationToken);
        }
    }

    private static async Task AddArticleAsync(
        HelpdeskDbContext db,
        ArticleSeed seed,
        int categoryId,
        int displayOrder,
        DateTimeOffset today,
        CancellationToken cancellationToken)
    {
        var (title, body) = await DemoArticleFiles.ReadAsync(seed.File, cancellationToken);
        var created = today.AddDays(-seed.DaysAgo).AddHours(9);
        var article = new KbArticleRow
        {
            CategoryId = categoryId,
            Title = title,
            Body = body,
            BodyFormat = ContentFormat.Markdown,
            CreatedAt = created,
            DisplayOrder = displayOrder,
            HelpfulVotes = seed.Helpful,
            UnhelpfulVotes = seed.Unhelpful,
        };
        db.KbArticles.Add(article);
        await db.SaveChangesAsync(cancellationToken);

        db.KbComments.AddRange(seed.Comments.Select((comment, index) => new KbCommentRow
        {
            ArticleId = article.Id,
            Name = comment.Name,
            Body = comment.Body,
            CreatedAt = created.AddDays(3 + (index * 4)).AddHours(index + 1),
        }));
    }
}
