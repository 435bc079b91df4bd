namespace SupportPortal.Web.Support;

/// <summary>The services behind the knowledge-base pages.</summary>
public static class KnowledgeBaseExtensions
{
    public static IHostApplicationBuilder AddKnowledgeBase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<KnowledgeBaseService>();
        return builder;
    }
}
