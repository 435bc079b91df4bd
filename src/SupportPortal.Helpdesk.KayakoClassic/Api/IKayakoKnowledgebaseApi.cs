using Refit;

namespace SupportPortal.Helpdesk.KayakoClassic.Api;

/// <summary>Kayako Classic's Knowledgebase app. It has no rating call and no search.</summary>
internal interface IKayakoKnowledgebaseApi
{
    /// <summary>Every category, whatever its parent.</summary>
    [Get("/?e=/Knowledgebase/Category")]
    Task<HttpResponseMessage> GetCategoriesAsync(CancellationToken cancellationToken);

    [Get("/?e=/Knowledgebase/Article/ListAll/{categoryId}")]
    Task<HttpResponseMessage> ListArticlesAsync(int categoryId, CancellationToken cancellationToken);

    [Get("/?e=/Knowledgebase/Article/{articleId}")]
    Task<HttpResponseMessage> GetArticleAsync(int articleId, CancellationToken cancellationToken);

    [Get("/?e=/Knowledgebase/Comment/ListAll/{articleId}")]
    Task<HttpResponseMessage> ListCommentsAsync(int articleId, CancellationToken cancellationToken);

    [Post("/?e=/Knowledgebase/Comment")]
    Task<HttpResponseMessage> CreateCommentAsync([Body] HttpContent form, CancellationToken cancellationToken);
}
