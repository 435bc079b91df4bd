using System.Text.RegularExpressions;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Support;

/// <summary>One article that matches a search: a plain-text snippet and the ranges of it to mark.</summary>
public sealed record KnowledgeBaseSearchHit(int ArticleId, string Title, string Snippet, IReadOnlyList<(int Start, int Length)> Highlights);

/// <summary>
/// Searches the knowledge base for the whole portal. The portal indexes titles and bodies of every article it can walk
/// to through <see cref="IHelpdesk"/>, keeps the index for a while, and matches words case-insensitively, by prefix
/// (people search as they type) and with one typo allowed in longer words.
/// </summary>
public sealed partial class KnowledgeBaseSearch(IServiceScopeFactory scopes, TimeProvider clock, ILogger<KnowledgeBaseSearch> logger)
{
    private static readonly TimeSpan IndexLifetime = TimeSpan.FromMinutes(10);
    private const int SnippetLength = 180;
    private const int TypoTolerantLength = 5;
    private const int PrefixLength = 3;

    // Words that match nearly every article and so say nothing about which one is meant.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "if", "in", "is",
        "it", "my", "not", "of", "on", "or", "the", "to", "was", "what", "when", "why", "with", "you",
    };

    private readonly SemaphoreSlim building = new(1, 1);
    private Index? index;

    public async Task<IReadOnlyList<KnowledgeBaseSearchHit>> SearchAsync(string query, int maxResults, CancellationToken ct)
    {
        var terms = Words(query).Select(w => w.Text).Where(w => !StopWords.Contains(w)).Distinct().ToList();
        if (terms.Count == 0 || maxResults <= 0)
        {
            return [];
        }

        var articles = (await GetIndexAsync(ct)).Articles;
        return articles
            .Select(article => (article, score: article.Score(terms)))
            .Where(x => x.score.Terms > 0)
            .OrderByDescending(x => x.score.Terms).ThenByDescending(x => x.score.Weight).ThenBy(x => x.article.Title, StringComparer.CurrentCulture)
            .Take(maxResults)
            .Select(x => x.article.Hit(terms))
            .ToList();
    }

    private async Task<Index> GetIndexAsync(CancellationToken ct)
    {
        if (index is { } current && clock.GetUtcNow() < current.BuiltAt + IndexLifetime)
        {
            return current;
        }

        await building.WaitAsync(ct);
        try
        {
            if (index is { } fresh && clock.GetUtcNow() < fresh.BuiltAt + IndexLifetime)
            {
                return fresh;
            }

            try
            {
                index = await BuildAsync(ct);
            }
            catch (HelpdeskException exception) when (index is not null)
            {
                // A stale index answers better than none while the helpdesk is away.
                logger.LogWarning(exception, "Could not refresh the knowledge-base index ({Error}); searching the previous one", exception.Error);
            }

            return index!;
        }
        finally
        {
            building.Release();
        }
    }

    private async Task<Index> BuildAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var helpdesk = scope.ServiceProvider.GetRequiredService<IHelpdesk>();
        var articles = new List<IndexedArticle>();
        var seenCategories = new HashSet<int>();
        var seenArticles = new HashSet<int>();
        var pending = new Queue<int>([0]);
        while (pending.TryDequeue(out var categoryId))
        {
            if (!seenCategories.Add(categoryId))
            {
                continue;
            }

            foreach (var child in (await helpdesk.GetKnowledgeBaseCategoriesAsync(categoryId, ct)).Categories)
            {
                pending.Enqueue(child.Id);
            }

            foreach (var summary in await helpdesk.GetKnowledgeBaseArticlesAsync(categoryId, ct))
            {
                if (seenArticles.Add(summary.Id))
                {
                    var article = await helpdesk.GetKnowledgeBaseArticleAsync(summary.Id, ct);
                    articles.Add(new IndexedArticle(article.Id, article.Title, PlainText(article.Body, article.BodyFormat)));
                }
            }
        }

        logger.LogInformation("Indexed {Count} knowledge-base articles for search", articles.Count);
        return new Index(clock.GetUtcNow(), articles);
    }

    /// <summary>The words a reader sees, without markup.</summary>
    internal static string PlainText(string body, ContentFormat format)
    {
        var text = body;
        if (format is ContentFormat.Html or ContentFormat.Markdown)
        {
            text = Tags().Replace(text, " ");
            text = System.Net.WebUtility.HtmlDecode(text);
        }

        if (format is ContentFormat.Markdown)
        {
            text = MarkdownLinks().Replace(text, "$1");
            text = MarkdownMarks().Replace(text, " ");
        }

        return Spaces().Replace(text, " ").Trim();
    }

    private static IEnumerable<Word> Words(string text)
    {
        foreach (Match match in WordPattern().Matches(text))
        {
            yield return new Word(match.Index, match.Length, match.Value.ToLowerInvariant());
        }
    }

    private static bool Matches(string term, string word) =>
        word == term
        || (term.Length >= PrefixLength && word.StartsWith(term, StringComparison.Ordinal))
        || (term.Length >= TypoTolerantLength && word.Length >= TypoTolerantLength && WithinOneEdit(term, word));

    /// <summary>True when one insertion, deletion or substitution turns one word into the other.</summary>
    internal static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return a.AsSpan(Math.Min(i + 1, a.Length)).SequenceEqual(b.AsSpan(Math.Min(i + 1, b.Length)));
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }

    private sealed record Index(DateTimeOffset BuiltAt, IReadOnlyList<IndexedArticle> Articles);

    private readonly record struct Word(int Start, int Length, string Text);

    private sealed class IndexedArticle
    {
        private readonly HashSet<string> titleWords;
        private readonly HashSet<string> bodyWordSet;
        private readonly List<Word> bodyWords;

        public IndexedArticle(int id, string title, string body)
        {
            Id = id;
            Title = title;
            Body = body;
            titleWords = Words(title).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
            bodyWords = Words(body).ToList();
            bodyWordSet = bodyWords.Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        }

        public int Id { get; }

        public string Title { get; }

        public string Body { get; }

        /// <summary>How many search terms the article has, and a weight that counts a title match thrice.</summary>
        public (int Terms, int Weight) Score(IReadOnlyList<string> terms)
        {
            var matched = 0;
            var weight = 0;
            foreach (var term in terms)
            {
                var inTitle = titleWords.Any(w => Matches(term, w));
                var inBody = bodyWordSet.Any(w => Matches(term, w));
                if (inTitle || inBody)
                {
                    matched++;
                    weight += (inTitle ? 3 : 0) + (inBody ? 1 : 0);
                }
            }

            return (matched, weight);
        }

        public KnowledgeBaseSearchHit Hit(IReadOnlyList<string> terms)
        {
            var first = bodyWords.FindIndex(w => terms.Any(t => Matches(t, w.Text)));
            var start = first < 0 ? 0 : StartOfWindow(bodyWords[first].Start);
            var end = Math.Min(Body.Length, start + SnippetLength);
            if (end < Body.Length)
            {
                var lastSpace = Body.LastIndexOf(' ', end - 1, end - start);
                end = lastSpace > start ? lastSpace : end;
            }

            var prefix = start > 0 ? "…" : "";
            var suffix = end < Body.Length ? "…" : "";
            var snippet = prefix + Body[start..end] + suffix;
            var highlights = bodyWords
                .Where(w => w.Start >= start && w.Start + w.Length <= end && terms.Any(t => Matches(t, w.Text)))
                .Select(w => (w.Start - start + prefix.Length, w.Length))
                .ToList();
            return new KnowledgeBaseSearchHit(Id, Title, snippet, highlights);
        }

        // Starts a little before the first match, at a word boundary, so the match reads in context.
        private int StartOfWindow(int matchStart)
        {
            var start = Math.Max(0, matchStart - (SnippetLength / 3));
            if (start == 0)
            {
                return 0;
            }

            var space = Body.IndexOf(' ', start);
            return space >= 0 && space < matchStart ? space + 1 : matchStart;
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex WordPattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLinks();

    [GeneratedRegex(@"(^|\s)#{1,6}\s|[*_`>~|]+|^\s*[-+]\s", RegexOptions.Multiline)]
    private static partial Regex MarkdownMarks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
