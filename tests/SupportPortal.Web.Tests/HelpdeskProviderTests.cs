using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Helpdesk;

namespace SupportPortal.Web.Tests;

/// <summary>How <c>Helpdesk:Provider</c> picks the backend, before anything starts.</summary>
public sealed class HelpdeskProviderTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("Embedded")]
    [InlineData("embedded")]
    public void Embedded_is_chosen_by_name_in_any_case_and_when_no_provider_is_set(string? provider)
    {
        var builder = BuilderWith(provider);

        builder.AddHelpdesk();

        Assert.Contains(builder.Services, service => service.ServiceType == typeof(IHelpdesk));
    }

    [Fact]
    public void KayakoClassic_is_chosen_when_its_settings_are_given()
    {
        var builder = BuilderWith("KayakoClassic");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Helpdesk:KayakoClassic:BaseUrl"] = "http://127.0.0.1:9001/api/index.php",
            ["Helpdesk:KayakoClassic:ApiKey"] = "key",
            ["Helpdesk:KayakoClassic:SecretKey"] = "secret",
        });

        builder.AddHelpdesk();

        Assert.Contains(builder.Services, service => service.ServiceType == typeof(IHelpdesk));
    }

    [Fact]
    public void KayakoClassic_without_a_base_url_is_refused_naming_that_setting()
    {
        var refusal = Assert.Throws<HelpdeskConfigurationException>(() => BuilderWith("KayakoClassic").AddHelpdesk());

        Assert.Equal("Helpdesk:KayakoClassic:BaseUrl", refusal.SettingName);
    }

    [Theory]
    [InlineData("Zendesk")]
    [InlineData("kayako")]
    [InlineData("IntegrationApi")]
    public void Provider_of_the_design_that_this_build_lacks_is_refused_naming_the_setting(string provider)
    {
        var refusal = Assert.Throws<HelpdeskConfigurationException>(() => BuilderWith(provider).AddHelpdesk());

        Assert.Equal("Helpdesk:Provider", refusal.SettingName);
        Assert.EndsWith("is not available in this build; use Embedded or KayakoClassic.", refusal.Message);
    }

    [Fact]
    public void Misspelt_provider_is_refused_with_the_list_of_valid_names()
    {
        var refusal = Assert.Throws<HelpdeskConfigurationException>(() => BuilderWith("Zendeks").AddHelpdesk());

        Assert.Equal("Helpdesk:Provider", refusal.SettingName);
        Assert.Equal("Helpdesk:Provider 'Zendeks' is not one of Embedded, KayakoClassic, Kayako, Zendesk, IntegrationApi.", refusal.Message);
    }

    private static HostApplicationBuilder BuilderWith(string? provider)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Helpdesk:Provider"] = provider,
            ["Helpdesk:Embedded:ConnectionString"] = "Data Source=data/unused.db",
        });
        return builder;
    }
}
