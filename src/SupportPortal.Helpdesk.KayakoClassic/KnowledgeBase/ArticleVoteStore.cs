using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk.KayakoClassic.Configuration;

namespace SupportPortal.Helpdesk.KayakoClassic.KnowledgeBase;

/// <summary>
/// Helpful / not helpful votes cast through the portal. Kayako's REST API can read an article's rating but not
/// record a vote, so the portal keeps its own count, in a small JSON file (Helpdesk:KayakoClassic:VotesFile),
/// and adds it to Kayako's. One file per portal instance: see README.md for running several.
/// </summary>
internal sealed class ArticleVoteStore(KayakoClassicSettings settings, ILogger<ArticleVoteStore> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile ConcurrentDictionary<int, ArticleVotes>? votes;

    public async Task<ArticleVotes> GetAsync(int articleId, CancellationToken cancellationToken) =>
        (await LoadedAsync(cancellationToken)).GetValueOrDefault(articleId, ArticleVotes.None);

    public async Task AddAsync(int articleId, bool helpful, CancellationToken cancellationToken)
    {
        var loaded = await LoadedAsync(cancellationToken);
        await gate.WaitAsync(cancellationToken);
        try
        {
            loaded.AddOrUpdate(
                articleId,
                _ => ArticleVotes.None.With(helpful),
                (_, current) => current.With(helpful));
            await SaveAsync(loaded);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<ConcurrentDictionary<int, ArticleVotes>> LoadedAsync(CancellationToken cancellationToken)
    {
        if (votes is { } ready)
        {
            return ready;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            return votes ??= await ReadAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<ConcurrentDictionary<int, ArticleVotes>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.VotesFile))
        {
            return new();
        }

        try
        {
            await using var file = File.OpenRead(settings.VotesFile);
            var stored = await JsonSerializer.DeserializeAsync<Dictionary<int, ArticleVotes>>(file, cancellationToken: cancellationToken);
            return new(stored ?? []);
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            // Votes are a nicety; a damaged file must not take the knowledge base down with it.
            logger.LogWarning(exception, "Could not read article votes from {VotesFile}; starting from Kayako's own counts", settings.VotesFile);
            return new();
        }
    }

    private async Task SaveAsync(ConcurrentDictionary<int, ArticleVotes> current)
    {
        var temporary = settings.VotesFile + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(settings.VotesFile)!);
            await using (var file = File.Create(temporary))
            {
                await JsonSerializer.SerializeAsync(file, current.ToDictionary(p => p.Key, p => p.Value));
            }

            // Replaced in one step, so a crash mid-write never leaves half a file.
            File.Move(temporary, settings.VotesFile, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(exception, "Could not save article votes to {VotesFile}; they are kept in memory until the portal stops", settings.VotesFile);
        }
    }
}

/// <summary>One article's votes.</summary>
internal sealed record ArticleVotes(long Helpful, long Unhelpful)
{
    public static ArticleVotes None { get; } = new(0, 0);

    public ArticleVotes With(bool helpful) => helpful ? this with { Helpful = Helpful + 1 } : this with { Unhelpful = Unhelpful + 1 };
}
