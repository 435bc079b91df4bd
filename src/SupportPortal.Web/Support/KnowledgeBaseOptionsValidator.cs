using Microsoft.Extensions.Options;

namespace SupportPortal.Web.Support;

/// <summary>Refuses knowledge-base settings that cannot work, each with one sentence naming the setting.</summary>
internal sealed class KnowledgeBaseOptionsValidator : IValidateOptions<KnowledgeBaseOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeBaseOptions options)
    {
        var failures = new List<string>();
        RequirePositive("CacheDuration", options.CacheDuration, failures);
        RequirePositive("SearchRefreshInterval", options.SearchRefreshInterval, failures);
        RequirePositive("CommentWindow", options.CommentWindow, failures);
        if (options.CommentsPerAddress < 1)
        {
            failures.Add($"{KnowledgeBaseOptions.SectionName}:CommentsPerAddress '{options.CommentsPerAddress}' must be 1 or more.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(string setting, TimeSpan value, List<string> failures)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{KnowledgeBaseOptions.SectionName}:{setting} '{value}' must be a positive duration such as 00:05:00.");
        }
    }
}
