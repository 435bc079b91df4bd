using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Support;
using SupportPortal.Web.Theming;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>bUnit with the services the knowledge-base pages inject, over an in-memory knowledge base.</summary>
public abstract class KnowledgeBaseComponentTest : BunitContext, IAsyncLifetime
{
    protected KnowledgeBaseComponentTest(InMemoryKnowledgeBase knowledgeBase)
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddLogging();
        Services.AddSingleton(Options.Create(new PortalOptions { Name = "Widget Help" }));
        Services.AddScoped<CurrentBrand>();
        Services.AddSingleton<IHelpdesk>(knowledgeBase);
        Services.AddKnowledgeBaseServices();
        Services.AddSingleton<IHostApplicationLifetime, ApplicationLifetime>();
        Services.AddSingleton<KnowledgeBaseSearch>();
        Services.AddSingleton<CommentRateLimiter>();
        Services.AddScoped<CurrentCustomer>();
        Authorization = AddAuthorization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected BunitAuthorizationContext Authorization { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
