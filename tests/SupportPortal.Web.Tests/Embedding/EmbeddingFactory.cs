using Microsoft.AspNetCore.Hosting;
using SupportPortal.Web.Tests.Accounts;

namespace SupportPortal.Web.Tests.Embedding;

/// <summary>The seeded portal with two host sites allowed to frame it and single sign-on on.</summary>
public sealed class EmbeddingFactory : PortalFactory
{
    public const string ShopOrigin = "https://shop.example.com";
    public const string DevOrigin = "http://localhost:5173";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:Embedding:AllowedOrigins:0", ShopOrigin);
        builder.UseSetting("Portal:Embedding:AllowedOrigins:1", DevOrigin + "/");
        builder.UseSetting("Portal:Sso:SharedSecret", AccountsFactory.SsoSecret);
        builder.UseSetting("Portal:RateLimits:SsoPerMinute", "1000");
    }
}
