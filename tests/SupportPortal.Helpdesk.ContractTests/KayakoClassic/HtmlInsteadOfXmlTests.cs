using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Tests.Shared;

namespace SupportPortal.Helpdesk.ContractTests.KayakoClassic;

/// <summary>
/// A well-formed HTML page where Kayako's XML should be (a PHP error, a maintenance page, a BaseUrl pointing at the
/// web site) is an unreadable reply, not an empty list of departments or categories.
/// </summary>
public sealed class HtmlInsteadOfXmlTests : IAsyncLifetime
{
    private const string PhpErrorPage = "<html><body><b>Fatal error</b>: Allowed memory size exhausted in <b>index.php</b></body></html>";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"sp-kayako-html-{Guid.NewGuid():N}");
    private CannedKayako htmlServer = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        htmlServer = await CannedKayako.StartAsync(PhpErrorPage, "text/html; charset=UTF-8");
        services = KayakoClassicConnection.Services(htmlServer.BaseUrl, "key", "secret", Path.Combine(folder, "article-votes.json"));
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await htmlServer.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_list_that_comes_back_as_an_html_page_is_a_bad_gateway_naming_the_controller()
    {
        var helpdesk = services.GetRequiredService<IHelpdesk>();

        var refusal = await Refused.WithAsync(HelpdeskError.BadGateway, () => helpdesk.GetDepartmentsAsync());

        Assert.Contains("Base/Department", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("HTML page", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Knowledge_base_categories_that_come_back_as_an_html_page_are_a_bad_gateway() =>
        await Refused.WithAsync(HelpdeskError.BadGateway, () => services.GetRequiredService<IHelpdesk>().GetKnowledgeBaseCategoriesAsync(0));
}
