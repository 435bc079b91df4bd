using Microsoft.Extensions.DependencyInjection;

namespace SupportPortal.Helpdesk.ContractTests.KayakoClassic;

/// <summary>Settings that cannot work stop the portal with one sentence naming the setting, not at the first page view.</summary>
public sealed class KayakoClassicSettingsTests
{
    private static readonly Dictionary<string, string?> Working = new()
    {
        ["Helpdesk:KayakoClassic:BaseUrl"] = "https://support.example.com/api/index.php",
        ["Helpdesk:KayakoClassic:ApiKey"] = "key",
        ["Helpdesk:KayakoClassic:SecretKey"] = "secret",
    };

    [Theory]
    [InlineData("Helpdesk:KayakoClassic:BaseUrl")]
    [InlineData("Helpdesk:KayakoClassic:ApiKey")]
    [InlineData("Helpdesk:KayakoClassic:SecretKey")]
    public void A_missing_setting_is_named(string setting)
    {
        var refusal = Register(new(Working) { [setting] = null });

        Assert.Equal(setting, refusal.SettingName);
        Assert.Contains(setting, refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("support.example.com/api/index.php")]
    [InlineData("ftp://support.example.com/api/index.php")]
    [InlineData("https://support.example.com/api/index.php?e=/Tickets/Ticket")]
    [InlineData("https://support.example.com/")]
    public void A_base_url_that_is_not_the_rest_index_php_is_refused(string baseUrl)
    {
        var refusal = Register(new(Working) { ["Helpdesk:KayakoClassic:BaseUrl"] = baseUrl });

        Assert.Equal("Helpdesk:KayakoClassic:BaseUrl", refusal.SettingName);
        Assert.Contains("index.php", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Working_settings_register_the_helpdesk_with_its_capabilities()
    {
        using var services = new ServiceCollection().AddLogging().AddKayakoClassicHelpdesk(KayakoClassicConnection.Settings(Working)).BuildServiceProvider();

        var capabilities = services.GetRequiredService<IHelpdesk>().Capabilities;

        Assert.Equal(new HelpdeskCapabilities(KnowledgeBaseSearch: false, ArticleComments: true, CloseAndReopen: true, AttachmentsOnSubmit: true, AttachmentsOnReply: true), capabilities);
    }

    private static HelpdeskConfigurationException Register(Dictionary<string, string?> values) =>
        Assert.Throws<HelpdeskConfigurationException>(() => new ServiceCollection().AddKayakoClassicHelpdesk(KayakoClassicConnection.Settings(values)));
}
