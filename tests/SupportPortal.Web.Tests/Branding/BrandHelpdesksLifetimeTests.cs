using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Tests.KnowledgeBase;

namespace SupportPortal.Web.Tests.Branding;

/// <summary>A brand helpdesk's start-up work starts and stops with the portal, however the portal's stops overlap.</summary>
public sealed class BrandHelpdesksLifetimeTests
{
    [Fact]
    public async Task A_stop_that_comes_after_the_brand_helpdesks_were_disposed_still_stops_their_work()
    {
        var work = new RecordingWork();
        var brand = BrandHelpdesk.Register(BrandSection("support.tailspin.test"), services =>
        {
            services.AddSingleton<IHelpdesk>(new InMemoryKnowledgeBase());
            services.AddSingleton<IHostedService>(work);
        });
        await using var portal = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(TimeProvider.System)
            .BuildServiceProvider();
        var directory = new HelpdeskDirectory(portal, [brand]);
        var lifetime = new BrandHelpdesksLifetime(directory);

        await lifetime.StartAsync(CancellationToken.None);
        // What the test host does when the app's own Run and its runner both stop it: dispose first, stop again after.
        await directory.DisposeAsync();
        await lifetime.StopAsync(CancellationToken.None);

        Assert.Equal(["start", "stop"], work.Calls);
    }

    private static IConfigurationSection BrandSection(string host) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"Portal:Brands:{host}:Helpdesk:Provider"] = "Test" })
            .Build()
            .GetSection($"Portal:Brands:{host}");

    private sealed class RecordingWork : IHostedService
    {
        public List<string> Calls { get; } = [];

        public Task StartAsync(CancellationToken cancellationToken)
        {
            Calls.Add("start");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            Calls.Add("stop");
            return Task.CompletedTask;
        }
    }
}
