using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace SupportPortal.Web.Theming;

/// <summary>
/// The CSS variables MudBlazor writes for a theme's dark palette, taken from MudBlazor's own theme provider so they
/// match its light ones exactly. The page carries both, so the customer's choice needs no new page from the server.
/// </summary>
internal static class DarkPalette
{
    public static string Variables(IServiceProvider services, MudTheme theme)
    {
        using var scope = services.CreateScope();
        var loggers = scope.ServiceProvider.GetRequiredService<ILoggerFactory>();
        using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = theme,
                [nameof(MudThemeProvider.IsDarkMode)] = true,
            });
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(parameters);
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();

        const string rootStart = ":root{";
        var start = html.IndexOf(rootStart, StringComparison.Ordinal);
        var end = start < 0 ? -1 : html.IndexOf('}', start);
        return start < 0 || end < 0 ? "" : html[(start + rootStart.Length)..end].Trim();
    }
}
