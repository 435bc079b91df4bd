using Microsoft.AspNetCore.Hosting;

namespace SupportPortal.Web.Tests.KayakoClassic;

/// <summary>The portal with Helpdesk:Provider=KayakoClassic and the given REST URL and credentials.</summary>
public sealed class KayakoClassicPortalFactory(Uri baseUrl, string apiKey, string secretKey) : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Helpdesk:Provider", "KayakoClassic");
        builder.UseSetting("Helpdesk:KayakoClassic:BaseUrl", baseUrl.ToString());
        builder.UseSetting("Helpdesk:KayakoClassic:ApiKey", apiKey);
        builder.UseSetting("Helpdesk:KayakoClassic:SecretKey", secretKey);
        builder.UseSetting("Helpdesk:KayakoClassic:VotesFile", Path.Combine(DataFolder, "article-votes.json"));
    }
}
