using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SupportPortal.Helpdesk.ContractTests.KayakoClassic;

/// <summary>The adapter registered as the portal registers it, with the settings a test chooses.</summary>
internal static class KayakoClassicConnection
{
    public static ServiceProvider Services(Uri baseUrl, string apiKey, string secretKey, string votesFile) =>
        new ServiceCollection()
            .AddLogging()
            .AddKayakoClassicHelpdesk(Settings(new()
            {
                ["Helpdesk:KayakoClassic:BaseUrl"] = baseUrl.ToString(),
                ["Helpdesk:KayakoClassic:ApiKey"] = apiKey,
                ["Helpdesk:KayakoClassic:SecretKey"] = secretKey,
                ["Helpdesk:KayakoClassic:VotesFile"] = votesFile,
            }))
            .BuildServiceProvider();

    public static IConfiguration Settings(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
