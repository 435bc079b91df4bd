using MudBlazor.Services;
using SupportPortal.Web.Accounts;
using SupportPortal.Web.Components;
using SupportPortal.Web.Embedding;
using SupportPortal.Web.Health;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Localization;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.ScaleOut;
using SupportPortal.Web.Security;
using SupportPortal.Web.Startup;
using SupportPortal.Web.Support;
using SupportPortal.Web.Telemetry;
using SupportPortal.Web.Theming;
using SupportPortal.Web.Tickets;

try
{
    // The root appsettings.json and wwwroot/ are copied beside the app, so the app's own folder is its content root.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.WebHost.UseStaticWebAssets();

    builder.AddStartupFailureReporting();
    builder.AddHelpdesk();
    builder.AddPortalTheme();
    builder.AddKnowledgeBase();
    builder.AddPortalAccounts();
    builder.AddTickets();
    builder.AddTicketViews();
    builder.AddPortalHealthChecks();
    builder.AddReliability();
    builder.AddPortalSecurity();
    builder.AddPortalTelemetry();
    builder.AddEmbedding();
    builder.AddPortalLocalization();
    builder.AddRedisScaleOut();
    builder.Services.AddMudServices();
    builder.Services.AddRazorComponents().AddInteractiveServerComponents();

    var app = builder.Build();

    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseHsts();
    }

    app.UsePortalLocalization();
    app.UsePortalSecurity();
    app.UseEmbedding();
    app.UsePortalStatusCodePages();
    app.UseAntiforgery();
    app.UsePortalAccounts();
    app.UseKnowledgeBase();

    app.MapStaticAssets();
    app.MapPortalHealthChecks();
    app.MapPortalTelemetry();
    app.MapTickets();
    app.MapTicketDownloads();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (ConfigurationError.Describe(exception) is { } sentence)
{
    // An operator fixes these in appsettings.json or the environment: one sentence says what, a stack trace would not.
    await Console.Error.WriteLineAsync($"Configuration error: {sentence}");
    return 1;
}

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
