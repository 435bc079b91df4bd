using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Support;

/// <summary>
/// An immutable, in-memory search index of the knowledge base's articles: every distinct word with where it occurs.
/// A query word matches an indexed word exactly, as its beginning ("instal" finds "installing") or with a typo
/// ("widgte" finds "widget"); title matches rank above body matches, and articles matching more of the query
/// rank above those matching less.
/// </summary>
public sealed class KnowledgeBaseIndex
{
    private const int MaxQueryWords = 8;
    private const int MaxQueryWordLength = 40;
    private const int TitleWeight = 10;
    private const int SnippetLength = 200;
    private const int SnippetLeadIn = 50;

    // Words too common to tell articles apart; dropped from a query unless it has nothing else.
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "if", "in",
        "is", "it", "my", "of", "on", "or", "the", "to", "what", "when", "where", "which", "why", "with", "you", "your",
    ];

    private readonly IReadOnlyList<Document> documents;
    private readonly HashSet<int> articleIds;
    private readonly Dictionary<string, List<Occurrence>> vocabulary;

    private KnowledgeBaseIndex(IReadOnlyList<Document> documents)
    {
        this.documents = documents;
        articleIds = documents.Select(d => d.ArticleId).ToHashSet();
        vocabulary = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            AddWords(documents[d].FoldedTitle, d, inTitle: true);
            AddWords(documents[d].FoldedText, d, inTitle: false);
        }
    }

    /// <summary>An index with nothing in it.</summary>
    public static KnowledgeBaseIndex Empty { get; } = new([]);

    public int ArticleCount => documents.Count;

    /// <summary>Indexes articles from their sanitized HTML; the text searched is what a reader sees.</summary>
    public static KnowledgeBaseIndex Build(IEnumerable<ArticleDetails> articles) =>
        new(articles.Select(a => new Document(a.Id, a.Title, a.Trail, HtmlText.From(a.BodyHtml))).ToList());

    public bool Contains(int articleId) => articleIds.Contains(articleId);

    /// <summary>The best <paramref name="maxResults"/> articles for <paramref name="query"/>, best first.</summary>
    public IReadOnlyList<KnowledgeBaseSearchHit> Search(string query, int maxResults)
    {
        var terms = QueryTerms(query);
        if (terms.Count == 0 || maxResults <= 0)
        {
            return [];
        }

        var matches = new Dictionary<int, DocumentMatch>();
        for (var t = 0; t < terms.Count; t++)
        {
            foreach (var (word, occurrences) in vocabulary)
            {
                var quality = Quality(terms[t], word);
                if (quality == 0)
                {
                    continue;
                }

                foreach (var occurrence in occurrences)
                {
                    if (!matches.TryGetValue(occurrence.Document, out var match))
                    {
                        matches[occurrence.Document] = match = new DocumentMatch(terms.Count);
                    }

                    match.Add(t, quality, occurrence);
                }
            }
        }

        return matches
            .Select(m => (Document: documents[m.Key], Match: m.Value))
            .OrderByDescending(m => m.Match.TermsMatched)
            .ThenByDescending(m => m.Match.Score(TitleWeight))
            .ThenBy(m => m.Document.Title, StringComparer.CurrentCultureIgnoreCase)
            .Take(maxResults)
            .Select(m => Hit(m.Document, m.Match))
            .ToList();
    }

    private static List<string> QueryTerms(string query)
    {
        var folded = SearchText.Fold(query);
        var words = SearchText.Words(folded)
            .Select(w => folded.Substring(w.Start, Math.Min(w.Length, MaxQueryWordLength)))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxQueryWords)
            .ToList();
        var meaningful = words.Where(w => !StopWords.Contains(w)).ToList();
        return meaningful.Count > 0 ? meaningful : words;
    }

    /// <summary>3 for the same word, 2 when the indexed word starts with the query word, 1 for a typo, 0 for no match.</summary>
    private static int Quality(string term, string word)
    {
        if (word.Length == term.Length && string.Equals(word, term, StringComparison.Ordinal))
        {
            return 3;
        }

        if (term.Length >= 3 && word.StartsWith(term, StringComparison.Ordinal))
        {
            return 2;
        }

        // Short words have too many neighbours one letter away; longer ones tolerate more typos.
        var allowed = term.Length switch { < 4 => 0, < 8 => 1, _ => 2 };
        if (allowed == 0 || !char.IsLetter(term[0]))
        {
            return 0;
        }

        if (SearchText.Distance(term, word, allowed) <= allowed)
        {
            return 1;
        }

        // A typo in the beginning of a longer word: "widgt" for "widgets".
        return word.Length > term.Length && SearchText.Distance(term, word.AsSpan(0, term.Length), allowed) <= allowed ? 1 : 0;
    }

    private static KnowledgeBaseSearchHit Hit(Document document, DocumentMatch match)
    {
        var (snippet, highlights) = Snippet(document.Text, match.BodyOccurrences);
        return new KnowledgeBaseSearchHit(document.ArticleId, document.Title, snippet, highlights)
        {
            TitleHighlights = Merge(match.TitleOccurrences.Select(o => (o.Start, o.Length))),
            Trail = document.Trail,
        };
    }

    /// <summary>
    /// About <see cref="SnippetLength"/> characters of the body around the place where most different query words
    /// meet, cut at word boundaries, with "…" where text was left out.
    /// </summary>
    private static (string Snippet, IReadOnlyList<(int Start, int Length)> Highlights) Snippet(string text, List<(int Term, Occurrence Occurrence)> found)
    {
        var ordered = found.OrderBy(f => f.Occurrence.Start).ToList();
        var anchor = ordered.Count == 0 ? 0 : BestWindowStart(ordered);
        var start = anchor <= SnippetLeadIn ? 0 : Math.Min(anchor, WordStartAfter(text, anchor - SnippetLeadIn));
        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length)
        {
            var lastSpace = text.LastIndexOf(' ', end - 1, end - start);
            end = lastSpace > start ? lastSpace : end;
        }

        var excerpt = text[start..end];
        var prefix = start > 0 ? "…" : string.Empty;
        var snippet = prefix + excerpt.Trim() + (end < text.Length ? "…" : string.Empty);

        // Where a position in the text lands in the snippet: after the "…" and the trimmed leading space.
        var offset = prefix.Length - start - (excerpt.Length - excerpt.TrimStart().Length);
        var highlights = ordered
            .Select(f => f.Occurrence)
            .Where(o => o.Start >= start && o.Start + o.Length <= end)
            .Select(o => (o.Start + offset, o.Length));
        return (snippet, Merge(highlights));
    }

    /// <summary>Where the stretch of text that holds the most different query words begins.</summary>
    private static int BestWindowStart(List<(int Term, Occurrence Occurrence)> ordered)
    {
        var window = SnippetLength - SnippetLeadIn;
        var best = ordered[0].Occurrence.Start;
        var bestDistinct = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var distinct = ordered
                .Skip(i)
                .TakeWhile(f => f.Occurrence.Start - ordered[i].Occurrence.Start <= window)
                .Select(f => f.Term)
                .Distinct()
                .Count();
            if (distinct > bestDistinct)
            {
                (best, bestDistinct) = (ordered[i].Occurrence.Start, distinct);
            }
        }

        return best;
    }

    private static int WordStartAfter(string text, int position)
    {
        var space = text.IndexOf(' ', position);
        return space < 0 ? position : space + 1;
    }

    /// <summary>Ranges in order, overlapping ones joined, so a page can mark them one after another.</summary>
    private static List<(int Start, int Length)> Merge(IEnumerable<(int Start, int Length)> ranges)
    {
        var merged = new List<(int Start, int Length)>();
        foreach (var (start, length) in ranges.Distinct().OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].Start + merged[^1].Length)
            {
                var last = merged[^1];
                merged[^1] = (last.Start, Math.Max(last.Length, start + length - last.Start));
            }
            else
            {
                merged.Add((start, length));
            }
        }

        return merged;
    }

    private void AddWords(string folded, int document, bool inTitle)
    {
        foreach (var word in SearchText.Words(folded))
        {
            var key = folded.Substring(word.Start, word.Length);
            if (!vocabulary.TryGetValue(key, out var occurrences))
            {
                vocabulary[key] = occurrences = [];
            }

            occurrences.Add(new Occurrence(document, inTitle, word.Start, word.Length));
        }
    }

    private sealed record Document(int ArticleId, string Title, IReadOnlyList<Breadcrumb> Trail, string Text)
    {
        public string FoldedTitle { get; } = SearchText.Fold(Title);

        public string FoldedText { get; } = SearchText.Fold(Text);
    }

    private readonly record struct Occurrence(int Document, bool InTitle, int Start, int Length);

    /// <summary>How well one article matches: the best match of each query word in its title and body.</summary>
    private sealed class DocumentMatch(int termCount)
    {
        private readonly int[] titleQuality = new int[termCount];
        private readonly int[] bodyQuality = new int[termCount];
        private readonly int[] bodyCount = new int[termCount];

        public List<Occurrence> TitleOccurrences { get; } = [];

        public List<(int Term, Occurrence Occurrence)> BodyOccurrences { get; } = [];

        public int TermsMatched => Enumerable.Range(0, termCount).Count(t => titleQuality[t] > 0 || bodyQuality[t] > 0);

        public void Add(int term, int quality, Occurrence occurrence)
        {
            if (occurrence.InTitle)
            {
                titleQuality[term] = Math.Max(titleQuality[term], quality);
                TitleOccurrences.Add(occurrence);
            }
            else
            {
                bodyQuality[term] = Math.Max(bodyQuality[term], quality);
                bodyCount[term]++;
                BodyOccurrences.Add((term, occurrence));
            }
        }

        public double Score(int titleWeight) => Enumerable.Range(0, termCount).Sum(t =>
            (titleWeight * titleQuality[t]) + (bodyQuality[t] * (1 + Math.Log(Math.Max(1, bodyCount[t])))));
    }
}
