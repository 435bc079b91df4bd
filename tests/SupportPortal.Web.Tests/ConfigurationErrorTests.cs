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

    [Fact]
    public async Task Unknown_provider_under_a_brand_stops_startup_naming_the_brands_setting()
    {
        var outcome = await PortalProcess.RunUntilItStopsAsync(new Dictionary<string, string>
        {
            ["Portal__Brands__help.tailspin.test__Helpdesk__Provider"] = "Nope",
        });

        AssertStoppedWithOneSentence(outcome, "Configuration error: Portal:Brands:help.tailspin.test:Helpdesk:Provider 'Nope' is not one of Embedded, KayakoClassic, Kayako, Zendesk, IntegrationApi.");
    }

    [Fact]
    public async Task Brand_helpdesk_without_a_database_of_its_own_stops_startup()
    {
        var outcome = await PortalProcess.RunUntilItStopsAsync(new Dictionary<string, string>
        {
            ["Portal__Brands__help.tailspin.test__Helpdesk__Provider"] = "Embedded",
        });

        AssertStoppedWithOneSentence(
            outcome,
            "Configuration error: Portal:Brands:help.tailspin.test:Helpdesk:Embedded:ConnectionString is not set; a brand's own helpdesk needs a database of its own, e.g. \"Data Source=data/helpdesk-help.tailspin.test.db\".");
    }

    [Fact]
    public async Task Two_helpdesks_on_one_SQLite_file_stop_startup_naming_both_settings()
    {
        var database = Path.Combine(Path.GetTempPath(), $"shared-{Guid.NewGuid():N}.db");
        var outcome = await PortalProcess.RunUntilItStopsAsync(new Dictionary<string, string>
        {
            ["Helpdesk__Embedded__ConnectionString"] = $"Data Source={database}",
            ["Portal__Brands__help.tailspin.test__Helpdesk__Embedded__ConnectionString"] = $"Data Source={database}",
        });

        AssertStoppedWithOneSentence(
            outcome,
            $"Configuration error: Portal:Brands:help.tailspin.test:Helpdesk:Embedded:ConnectionString names the same place as Helpdesk:Embedded:ConnectionString ({database}); give each helpdesk its own, or one brand's tickets would show under another's host.");
        Assert.False(File.Exists(database));
    }

    [Fact]
    public async Task Two_helpdesks_sharing_an_attachments_folder_stop_startup_naming_it()
    {
        var folder = Directory.CreateTempSubdirectory("shared-attachments-").FullName;
        try
        {
            var outcome = await PortalProcess.RunUntilItStopsAsync(new Dictionary<string, string>
            {
                ["Helpdesk__Embedded__ConnectionString"] = $"Data Source={Path.Combine(folder, "contoso.db")}",
                ["Portal__Brands__help.tailspin.test__Helpdesk__Embedded__ConnectionString"] = $"Data Source={Path.Combine(folder, "tailspin.db")}",
            });

            AssertStoppedWithOneSentence(outcome, "Configuration error: Portal:Brands:help.tailspin.test:Helpdesk:Embedded:AttachmentsPath names the same place as Helpdesk:Embedded:AttachmentsPath", "attachments");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Brand_database_folder_the_portal_cannot_write_stops_startup_naming_the_brands_setting()
    {
        var outcome = await PortalProcess.RunUntilItStopsAsync(new Dictionary<string, string>
        {
            ["Portal__Brands__help.tailspin.test__Helpdesk__Embedded__ConnectionString"] = "Data Source=/proc/nope/tailspin.db",
        });

        AssertStoppedWithOneSentence(outcome, "Configuration error: ", "Portal:Brands:help.tailspin.test:Helpdesk:Embedded:");
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
