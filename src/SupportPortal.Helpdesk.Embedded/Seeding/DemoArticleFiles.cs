namespace SupportPortal.Helpdesk.Embedded.Seeding;

/// <summary>Reads the demo articles embedded from Seeding/Articles: a "# Title" line, then the Markdown body.</summary>
internal static class DemoArticleFiles
{
    private const string ResourcePrefix = "DemoArticles/";

    public static async Task<(string Title, string Body)> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var resource = ResourcePrefix + name + ".md";
        await using var stream = typeof(DemoArticleFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The demo article {resource} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var text = (await reader.ReadToEndAsync(cancellationToken)).ReplaceLineEndings("\n");

        var firstLineEnd = text.IndexOf('\n');
        var heading = firstLineEnd < 0 ? text : text[..firstLineEnd];
        if (!heading.StartsWith("# ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The demo article {resource} must start with a \"# Title\" line.");
        }

        return (heading[2..].Trim(), text[(firstLineEnd + 1)..].Trim() + "\n");
    }
}
