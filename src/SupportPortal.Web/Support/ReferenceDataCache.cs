using Microsoft.Extensions.Caching.Hybrid;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Helpdesk;

namespace SupportPortal.Web.Support;

/// <summary>
/// The helpdesk's reference data (departments, their custom fields, priorities, statuses), cached so a warm form or
/// list costs no backend call for them. Operators change these rarely; a few minutes of staleness is the trade.
/// Each helpdesk's entries are its own (brands sharing a helpdesk share them).
/// </summary>
public sealed class ReferenceDataCache(CurrentHelpdesk current, HybridCache cache)
{
    /// <summary>The tag every entry carries, to drop them all at once.</summary>
    public const string Tag = "helpdesk-reference-data";

    private readonly IHelpdesk helpdesk = current.Helpdesk;

    private readonly string[] tags = [HelpdeskDirectory.CacheKey(current.Key, Tag)];

    private static readonly HybridCacheEntryOptions Lifetime = new()
    {
        Expiration = TimeSpan.FromMinutes(5),
        LocalCacheExpiration = TimeSpan.FromMinutes(5),
    };

    public async Task<IReadOnlyList<Department>> GetDepartmentsAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(
            Key("reference:departments"),
            helpdesk,
            static async (h, ct) => await h.GetDepartmentsAsync(ct),
            Lifetime,
            tags,
            cancellationToken);

    public async Task<IReadOnlyList<CustomFieldGroup>> GetDepartmentCustomFieldsAsync(int departmentId, CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(
            Key($"reference:department:{departmentId}:custom-fields"),
            (helpdesk, departmentId),
            static async (state, ct) => await state.helpdesk.GetDepartmentCustomFieldsAsync(state.departmentId, ct),
            Lifetime,
            tags,
            cancellationToken);

    public async Task<IReadOnlyList<TicketPriority>> GetPrioritiesAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(
            Key("reference:priorities"),
            helpdesk,
            static async (h, ct) => await h.GetPrioritiesAsync(ct),
            Lifetime,
            tags,
            cancellationToken);

    public async Task<IReadOnlyList<TicketStatus>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(
            Key("reference:statuses"),
            helpdesk,
            static async (h, ct) => await h.GetStatusesAsync(ct),
            Lifetime,
            tags,
            cancellationToken);

    /// <summary>Forgets everything, for when the helpdesk says a cached id no longer exists.</summary>
    public ValueTask ForgetAllAsync(CancellationToken cancellationToken = default) =>
        cache.RemoveByTagAsync(tags[0], cancellationToken);

    private string Key(string name) => HelpdeskDirectory.CacheKey(current.Key, name);
}
