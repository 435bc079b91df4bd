using System.Globalization;
using System.Text;

namespace SupportPortal.Web.Support;

/// <summary>How the knowledge-base search reads text: words, folded for comparison, and how close two words are.</summary>
internal static class SearchText
{
    /// <summary>A word's place in a text.</summary>
    public readonly record struct Word(int Start, int Length);

    /// <summary>
    /// The text lower-cased and without accents ("Café" reads "cafe"), one character for one, so a position in the
    /// folded text is the same position in the original — which is what highlights point at.
    /// </summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (folded, original) =>
    {
        for (var i = 0; i < original.Length; i++)
        {
            folded[i] = Fold(original[i]);
        }
    });

    /// <summary>The words of a text: runs of letters and digits.</summary>
    public static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(new Word(start, i - start));
                start = -1;
            }
        }

        return words;
    }

    /// <summary>
    /// The optimal-string-alignment distance (insertions, deletions, substitutions and swaps of neighbours, so
    /// "widgte" is one edit from "widget"), or <paramref name="max"/> + 1 as soon as it is sure to exceed <paramref name="max"/>.
    /// </summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Three rows of the classic table: two back for the swap, one back, and the current one.
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    private static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 0x80)
        {
            return lower;
        }

        // "é" decomposes into "e" and a combining accent; keep the base letter.
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
            ? decomposed[0]
            : lower;
    }
}
