using System.Net;
using System.Text.RegularExpressions;

namespace SupportPortal.Benchmarks;

/// <summary>
/// The soak's mix of what customers do: browse and search the knowledge base, rate and comment on articles (with
/// antiforgery), sign in as the demo customers, open their ticket pages, and the load balancer's health probes.
/// </summary>
internal sealed partial class SoakTraffic : IDisposable
{
    private const int AnonymousVisitors = 8;
    private static readonly string[] SearchWords = ["install", "invoice", "password", "api key", "widgte", "export data", "billing"];
    private static readonly string[] DemoCustomers = ["alice@example.com", "bob@example.com"];
    private const string DemoPassword = "Demo-pass-1";

    private readonly Uri baseUrl;
    private readonly List<SoakVisitor> anonymous = [];
    private readonly List<SoakVisitor> signedIn = [];
    private readonly List<(int Weight, string Name, Func<Task> Act)> actions;
    private readonly int totalWeight;
    private int[] categoryIds = [];
    private int[] articleIds = [];
    private int comments;

    public SoakTraffic(Uri baseUrl, SoakCounts counts)
    {
        Counts = counts;
        this.baseUrl = baseUrl;
        actions =
        [
            (6, "home", () => Anonymous().GetAsync("home", "/")),
            (10, "kb", () => Anonymous().GetAsync("kb", "/kb")),
            (10, "category", () => Anonymous().GetAsync("category", $"/kb/category/{Pick(categoryIds)}")),
            (20, "article", () => Anonymous().GetAsync("article", $"/kb/article/{Pick(articleIds)}")),
            (10, "search", () => Anonymous().GetAsync("search", $"/kb/search?q={Uri.EscapeDataString(Pick(SearchWords))}")),
            (3, "rate", RateAsync),
            (2, "comment", CommentAsync),
            (3, "sign-in", SignInAsync),
            (8, "tickets", TicketsAsync),
            (3, "healthz", () => Anonymous().GetAsync("healthz", "/healthz")),
            (1, "readyz", () => Anonymous().GetAsync("readyz", "/readyz")),
        ];
        totalWeight = actions.Sum(a => a.Weight);
    }

    /// <summary>Where requests are counted; switched between phases, while no action is in flight.</summary>
    public SoakCounts Counts { get; set; }

    /// <summary>Finds the knowledge base's categories and articles and signs in one browser per demo customer and a spare.</summary>
    public async Task PrepareAsync()
    {
        for (var i = 0; i < AnonymousVisitors; i++)
        {
            anonymous.Add(NewVisitor());
        }

        var topics = await anonymous[0].GetAsync("kb", "/kb") ?? throw new InvalidOperationException("The knowledge base did not answer.");
        categoryIds = Ids(CategoryLink(), topics);
        var articles = new HashSet<int>();
        foreach (var category in categoryIds)
        {
            articles.UnionWith(Ids(ArticleLink(), await anonymous[0].GetAsync("category", $"/kb/category/{category}") ?? ""));
        }

        articleIds = [.. articles];
        if (categoryIds.Length == 0 || articleIds.Length == 0)
        {
            throw new InvalidOperationException("The demo knowledge base shows no categories or articles.");
        }

        foreach (var email in DemoCustomers.Concat(DemoCustomers))
        {
            var visitor = NewVisitor();
            await SignInAsAsync(visitor, email);
            signedIn.Add(visitor);
        }
    }

    public int Categories => categoryIds.Length;

    public int Articles => articleIds.Length;

    /// <summary>One customer action, chosen by weight.</summary>
    public Task ActAsync()
    {
        var roll = Random.Shared.Next(totalWeight);
        foreach (var (weight, _, act) in actions)
        {
            if (roll < weight)
            {
                return act();
            }

            roll -= weight;
        }

        throw new InvalidOperationException("The weights do not add up.");
    }

    public void Dispose()
    {
        foreach (var visitor in anonymous.Concat(signedIn))
        {
            visitor.Dispose();
        }
    }

    private async Task RateAsync()
    {
        var visitor = Anonymous();
        var path = $"/kb/article/{Pick(articleIds)}";
        if (await visitor.GetAsync("article", path) is { } html)
        {
            await visitor.PostFormAsync("rate-post", path, html, "kb-rate", new Dictionary<string, string>
            {
                ["Vote"] = Random.Shared.Next(2) == 0 ? "helpful" : "not-helpful",
            });
        }
    }

    private async Task CommentAsync()
    {
        var visitor = Anonymous();
        var path = $"/kb/article/{Pick(articleIds)}";
        if (await visitor.GetAsync("article", path) is { } html)
        {
            await visitor.PostFormAsync("comment-post", path, html, "kb-comment", new Dictionary<string, string>
            {
                ["PosterName"] = "Soak Tester",
                ["CommentText"] = $"Soak comment {Interlocked.Increment(ref comments)}: this helped, thanks.",
            });
        }
    }

    // A new browser each time: a fresh cookie jar and connection, as a customer arriving would bring.
    private async Task SignInAsync()
    {
        using var visitor = NewVisitor();
        await SignInAsAsync(visitor, Pick(DemoCustomers));
    }

    private async Task TicketsAsync()
    {
        var visitor = signedIn[Random.Shared.Next(signedIn.Count)];

        // The ticket pages are built on other branches: until they land here, 404 is what the portal answers.
        var path = Random.Shared.Next(3) == 0 ? "/tickets/new" : "/tickets";
        await visitor.GetAsync("tickets", path, HttpStatusCode.OK, HttpStatusCode.NotFound);
    }

    private async Task SignInAsAsync(SoakVisitor visitor, string email)
    {
        if (await visitor.GetAsync("sign-in-page", "/account/login") is not { } form)
        {
            return;
        }

        var posted = await visitor.PostFormAsync("sign-in-post", "/account/login", form, "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = DemoPassword,
            ["Input.RememberMe"] = "false",
        }, HttpStatusCode.Redirect, HttpStatusCode.Found);
        if (posted is null)
        {
            return;
        }

        var home = await visitor.GetAsync("signed-in-home", "/");
        var signedIn = home?.Contains("Sign out", StringComparison.Ordinal) == true;
        Counts.RecordCheck("signed-in?", signedIn ? "yes" : "no", signedIn);
    }

    private SoakVisitor NewVisitor() => new(baseUrl, () => Counts);

    private SoakVisitor Anonymous() => anonymous[Random.Shared.Next(anonymous.Count)];

    private static T Pick<T>(T[] items) => items[Random.Shared.Next(items.Length)];

    private static int[] Ids(Regex link, string html) =>
        link.Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToArray();

    [GeneratedRegex("""href="/kb/category/(\d+)""")]
    private static partial Regex CategoryLink();

    [GeneratedRegex("""href="/kb/article/(\d+)""")]
    private static partial Regex ArticleLink();
}
