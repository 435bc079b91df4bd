namespace SupportPortal.Web.Tests.Accounts;

/// <summary>Account settings that cannot work stop the portal with one sentence naming the setting.</summary>
public sealed class AccountConfigurationTests
{
    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=/proc/nope/portal.db")]
    [InlineData("Host=127.0.0.1;Port=1;Database=portal;Username=nobody;Password=x;Timeout=2")]
    [InlineData("Host=")]
    public async Task A_portal_store_that_cannot_work_stops_startup_with_one_sentence_naming_ConnectionStrings_Portal(string connectionString)
    {
        var outcome = await PortalProcess.RunUntilItStopsAsync(new Dictionary<string, string> { ["ConnectionStrings__Portal"] = connectionString });

        AssertOneSentence(outcome, "ConnectionStrings:Portal");
    }

    [Fact]
    public async Task A_shared_secret_too_short_for_HS256_stops_startup_with_one_sentence()
    {
        var outcome = await PortalProcess.RunUntilItStopsAsync(new Dictionary<string, string> { ["Portal__Sso__SharedSecret"] = "short" });

        AssertOneSentence(outcome, "Portal:Sso:SharedSecret is 5 bytes long; HS256 needs at least 32");
    }

    [Fact]
    public async Task Mail_settings_without_a_server_or_a_pickup_folder_stop_startup_with_one_sentence()
    {
        var outcome = await PortalProcess.RunUntilItStopsAsync(new Dictionary<string, string> { ["Portal__Email__PickupDirectory"] = "" });

        AssertOneSentence(outcome, "Portal:Email:SmtpHost is not set");
    }

    private static void AssertOneSentence(PortalProcess.Outcome outcome, string expected)
    {
        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Configuration error: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", outcome.StandardOutput);
    }
}
