using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests;

public sealed class ReferenceDataCacheTests
{
    private readonly Dictionary<string, int> calls = [];

    [Fact]
    public async Task A_warm_form_costs_no_backend_call_for_departments_fields_priorities_or_statuses()
    {
        await using var services = Services();
        await LoadFormAsync(services);
        var cold = new Dictionary<string, int>(calls);

        await LoadFormAsync(services);
        await LoadFormAsync(services);

        Assert.Equal(cold, calls);
        Assert.All(cold.Values, count => Assert.Equal(1, count));
        Assert.Equal(4, cold.Count);
    }

    [Fact]
    public async Task Each_departments_fields_are_cached_apart()
    {
        await using var services = Services();
        var cache = services.GetRequiredService<ReferenceDataCache>();

        var technical = await cache.GetDepartmentCustomFieldsAsync(2);
        var billing = await cache.GetDepartmentCustomFieldsAsync(3);

        Assert.Equal("Group of 2", Assert.Single(technical).Title);
        Assert.Equal("Group of 3", Assert.Single(billing).Title);
        Assert.Equal(2, calls[nameof(IHelpdesk.GetDepartmentCustomFieldsAsync)]);
    }

    private static async Task LoadFormAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var cache = scope.ServiceProvider.GetRequiredService<ReferenceDataCache>();
        var departments = await cache.GetDepartmentsAsync();
        var fields = await cache.GetDepartmentCustomFieldsAsync(departments[0].Id);
        var priorities = await cache.GetPrioritiesAsync();
        var statuses = await cache.GetStatusesAsync();
        Assert.Equal("Select field", fields[0].Fields[0].Title);
        Assert.Equal(["Urgent"], priorities.Select(p => p.Title));
        Assert.Equal(["Open"], statuses.Select(s => s.Title));
    }

    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddHybridCache();
        services.AddScoped<ReferenceDataCache>();
        services.AddHelpdeskDirectory();
        services.AddSingleton(FakeHelpdesk.Scripted(helpdesk => helpdesk
            .Answer(nameof(IHelpdesk.GetDepartmentsAsync), _ => Counted<IReadOnlyList<Department>>(nameof(IHelpdesk.GetDepartmentsAsync), [new(2, "Technical Support", true, true, 1)]))
            .Answer(nameof(IHelpdesk.GetDepartmentCustomFieldsAsync), args => Counted<IReadOnlyList<CustomFieldGroup>>(
                nameof(IHelpdesk.GetDepartmentCustomFieldsAsync),
                [new((int)args[0]!, $"Group of {args[0]}", 1, [new(7, "Select field", CustomFieldType.Select, null, "", 1, true, [new("A", 1, true), new("B", 2, false)])])]))
            .Answer(nameof(IHelpdesk.GetPrioritiesAsync), _ => Counted<IReadOnlyList<TicketPriority>>(nameof(IHelpdesk.GetPrioritiesAsync), [new(3, "Urgent", 3, true, "#FFFFFF", "#C62828", false)]))
            .Answer(nameof(IHelpdesk.GetStatusesAsync), _ => Counted<IReadOnlyList<TicketStatus>>(nameof(IHelpdesk.GetStatusesAsync), [new(1, "Open", 1, true, "#1565C0")]))));
        return services.BuildServiceProvider();
    }

    private Task<T> Counted<T>(string method, T answer)
    {
        lock (calls)
        {
            calls[method] = calls.GetValueOrDefault(method) + 1;
        }

        return Task.FromResult(answer);
    }
}
