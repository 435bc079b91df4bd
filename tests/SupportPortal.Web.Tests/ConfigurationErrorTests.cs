namespace SupportPortal.Web.Tests;

/// <summary>Settings that cannot work stop the portal with exit code 1 and one sentence that names the setting.</summary>
public sealed class ConfigurationErrorTests
{
    [Fact]
    public async Task Unknown_provider_stops_startup_with_one_sentence_naming_Helpdesk_Provider()
    {
        var outcome = await PortalProcess.RunUntilItStopsAsync(new Dictionary<string, string> { ["Helpdesk__Provider"] = "Nope" });

        AssertStoppedWithOneSentence(outcome, "Configuration error: Helpdesk:Provider 'Nope' is not one of Embedded, KayakoClassic, Kayako, Zendesk, IntegrationApi.");
    }

    [Fact]
    public async Task Provider_missing_from_this_build_stops_startup_and_points_to_Embedded()
    {
        var outcome = await PortalProcess.RunUntilItStopsAsync(new Dictionary<string, string> { ["Helpdesk__Provider"] = "Zendesk" });

        AssertStoppedWithOneSentence(outcome, "Configuration error: Helpdesk:Provider 'Zendesk' is not available in this build; use Embedded or KayakoClassic.");
    }

    [Fact]
    public async Task Unreadable_database_path_stops_startup_with_one_sentence_naming_the_connection_string()
    {
        var outcome = await PortalProcess.RunUntilItStopsAsync(new Dictionary<string, string>
        {
            ["Helpdesk__Embedded__ConnectionString"] = "Data Source=/proc/nope/helpdesk.db",
        });

        AssertStoppedWithOneSentence(outcome, "Configuration error: ", "Helpdesk:Embedded:ConnectionString");
    }

    [Fact]
    public async Task Brand_colour_that_is_not_a_colour_stops_startup_with_one_sentence_naming_it()
    {
        var outcome = await PortalProcess.RunUntilItStopsAsync(new Dictionary<string, string> { ["Portal__Theme__Primary"] = "bluish" });

        AssertStoppedWithOneSentence(outcome, "Configuration error: Portal:Theme:Primary 'bluish' is not a colour; use a CSS colour such as #1565C0.");
    }

    private static void AssertStoppedWithOneSentence(PortalProcess.Outcome outcome, string expectedLine, string? setting = null)
    {
        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (setting is null)
        {
            Assert.Equal(expectedLine, line);
        }
        else
        {
            Assert.StartsWith(expectedLine, line);
            Assert.Contains(setting, line);
        }

        Assert.DoesNotContain("   at ", outcome.StandardOutput);
        Assert.DoesNotContain("Exception", outcome.StandardOutput);
    }
}
