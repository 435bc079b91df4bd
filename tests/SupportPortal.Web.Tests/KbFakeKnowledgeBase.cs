using System.Reflection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests;

/// <summary>
/// A helpdesk holding only a knowledge base given by the test: one root category of articles. Anything else it is
/// asked fails the call, so a knowledge-base page cannot depend on more than the test knows.
/// </summary>
public class KbFakeKnowledgeBase : DispatchProxy
{
    private IReadOnlyList<KnowledgeBaseArticle> articles = [];
    private HelpdeskCapabilities capabilities = HelpdeskCapabilities.All;

    public const int CategoryId = 7;

    public static IHelpdesk Holding(IReadOnlyList<KnowledgeBaseArticle> articles, HelpdeskCapabilities? capabilities = null)
    {
        var helpdesk = DispatchProxy.Create<IHelpdesk, KbFakeKnowledgeBase>();
        var fake = (KbFakeKnowledgeBase)(object)helpdesk;
        fake.articles = articles;
        fake.capabilities = capabilities ?? HelpdeskCapabilities.All;
        return helpdesk;
    }

    public static KnowledgeBaseArticle Article(int id, string title, string body, ContentFormat format = ContentFormat.Html, params ArticleComment[] comments) =>
        new(id, [new Breadcrumb(CategoryId, "Corpus")], title, body, format, new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero), 3, comments);

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        args ??= [];
        return targetMethod.Name switch
        {
            "get_Capabilities" => capabilities,
            nameof(IHelpdesk.GetKnowledgeBaseCategoriesAsync) => Task.FromResult((int)args[0]! switch
            {
                0 => new KnowledgeBaseCategoryList([new KnowledgeBaseCategory(CategoryId, "Corpus")], []),
                CategoryId => new KnowledgeBaseCategoryList([], [new Breadcrumb(CategoryId, "Corpus")]),
                _ => throw new HelpdeskException(HelpdeskError.CategoryNotFound),
            }),
            nameof(IHelpdesk.GetKnowledgeBaseArticlesAsync) => Task.FromResult<IReadOnlyList<KnowledgeBaseArticleSummary>>(
                (int)args[0]! == CategoryId ? articles.Select(a => new KnowledgeBaseArticleSummary(a.Id, a.Title, a.Rating)).ToList() : []),
            nameof(IHelpdesk.GetKnowledgeBaseArticleAsync) =>
                articles.FirstOrDefault(a => a.Id == (int)args[0]!) is { } found
                    ? Task.FromResult(found)
                    : Task.FromException<KnowledgeBaseArticle>(new HelpdeskException(HelpdeskError.ArticleNotFound)),
            _ => throw new InvalidOperationException($"The test did not expect a call to IHelpdesk.{targetMethod.Name}."),
        };
    }
}
