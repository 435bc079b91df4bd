using Microsoft.AspNetCore.Hosting;
using SupportPortal.Simulators.KayakoClassic;
using SupportPortal.Web.Tests.Tickets;

namespace SupportPortal.Web.Tests.Branding;

/// <summary>
/// One instance, two kinds of helpdesk: the default brand on the embedded demo helpdesk, and Fabrikam, on its own host,
/// on a Kayako Classic (the simulator, started first).
/// </summary>
public sealed class KayakoBrandPortal : IAsyncLifetime
{
    public const string FabrikamHost = "help.fabrikam.test";

    public KayakoClassicSimulator Kayako { get; private set; } = null!;

    public SignedInPortalFactory Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Kayako = await KayakoClassicSimulator.StartAsync();
        Portal = new FabrikamOnKayakoFactory(Kayako);
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Kayako.DisposeAsync();
    }

    private sealed class FabrikamOnKayakoFactory(KayakoClassicSimulator kayako) : SignedInPortalFactory
    {
        private const string Fabrikam = "Portal:Brands:" + FabrikamHost + ":";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(Fabrikam + "Name", "Fabrikam Help");
            builder.UseSetting(Fabrikam + "Helpdesk:Provider", "KayakoClassic");
            builder.UseSetting(Fabrikam + "Helpdesk:KayakoClassic:BaseUrl", kayako.BaseUrl.ToString());
            builder.UseSetting(Fabrikam + "Helpdesk:KayakoClassic:ApiKey", kayako.ApiKey);
            builder.UseSetting(Fabrikam + "Helpdesk:KayakoClassic:SecretKey", kayako.SecretKey);
            builder.UseSetting(Fabrikam + "Helpdesk:KayakoClassic:VotesFile", Path.Combine(DataFolder, "fabrikam-votes.json"));
        }
    }
}
