using System.Globalization;

namespace SupportPortal.Web.Security;

/// <summary>
/// The page a customer sees after too many attempts: what happened and how long to wait. Self-contained HTML, no script,
/// since it is written by the rate limiter before any page could render.
/// </summary>
internal static class TooManyRequestsPage
{
    public static string Html(int seconds)
    {
        var wait = seconds < 120
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds} seconds")
            : string.Create(CultureInfo.InvariantCulture, $"{(seconds + 59) / 60} minutes");
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>Too many attempts</title>
            <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5}</style>
            </head>
            <body>
            <main>
            <h1>Too many attempts</h1>
            <p role="status">You have tried this too often in a short time. Please wait {{wait}} and try again.</p>
            <p><a href="/">Go to the home page</a></p>
            </main>
            </body>
            </html>
            """;
    }
}
